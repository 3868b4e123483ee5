package dev.strata.benchmarks.ingest;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The plain-Java half of the ingest benchmark; run.sh does the rest. Prints {@code key=value}
 * lines for run.sh to read.
 *
 * <ul>
 *   <li>{@code chunks INDEX_DIR}: the files, chunks and characters of a stopped store's index, and a
 *       digest of its chunks, so that run.sh can check that every round cut the same chunks.
 *   <li>{@code bare INDEX_DIR THREADS}: embeds those chunk texts with langchain4j's
 *       AllMiniLmL6V2QuantizedEmbeddingModel, one text per call, on THREADS threads, and prints
 *       the time and chunks per second. The model is loaded before the clock starts, as Strata
 *       loads its model when it starts; neither side warms it up.
 * </ul>
 */
public final class IngestPeer {

    private IngestPeer() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("chunks")) {
            describe(StoreChunks.read(Path.of(args[1])));
        } else if (args.length == 3 && args[0].equals("bare")) {
            bare(StoreChunks.read(Path.of(args[1])), Integer.parseInt(args[2]));
        } else {
            System.err.println("usage: IngestPeer chunks INDEX_DIR | IngestPeer bare INDEX_DIR THREADS");
            System.exit(2);
        }
    }

    private static void describe(StoreChunks chunks) {
        System.out.println("files=" + chunks.fileCount());
        System.out.println("chunks=" + chunks.chunkCount());
        System.out.println("chars=" + chunks.textChars());
        System.out.println("digest=" + chunks.digest());
    }

    private static void bare(StoreChunks chunks, int threads) throws Exception {
        if (chunks.chunkCount() == 0) {
            throw new IllegalArgumentException("the index holds no chunks; point it at a store's folder");
        }
        List<String> texts = chunks.texts();
        BareEmbedding embedding = new BareEmbedding(new AllMiniLmL6V2QuantizedEmbeddingModel(), threads);
        CpuShare load = CpuShare.start();
        long nanos = embedding.embedAll(texts);
        double others = load.othersCores();
        double cpu = load.ownSeconds();
        double seconds = nanos / 1e9;
        System.out.println("chunks=" + texts.size());
        System.out.println(String.format(Locale.ROOT, "seconds=%.3f", seconds));
        System.out.println(String.format(Locale.ROOT, "rate=%.2f", texts.size() / seconds));
        System.out.println(String.format(Locale.ROOT, "cpu_seconds=%.1f", cpu));
        System.out.println(String.format(Locale.ROOT, "others_cores=%.2f", others));
        // langchain4j's model keeps a thread pool that would hold the JVM open
        System.exit(0);
    }
}
