package dev.strata.benchmarks.ingest;

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
 *   <li>{@code bare INDEX_DIR THREADS ONNX_THREADS_PER_RUN}: embeds those chunk texts with
 *       langchain4j's quantized MiniLM, reading every token as Strata does (see {@link
 *       WholeTextModel}), one text per call, on THREADS threads, each run of the model on
 *       ONNX_THREADS_PER_RUN threads (0: ONNX Runtime's default), and prints the time, chunks
 *       per second and the tokens read. It embeds them twice in one JVM, as run.sh runs two
 *       batches on one Strata instance: the first pass right after the model is loaded (before
 *       its clock starts, as Strata loads its model when it starts), the second warm.
 * </ul>
 */
public final class IngestPeer {

    private IngestPeer() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("chunks")) {
            describe(StoreChunks.read(Path.of(args[1])));
        } else if (args.length == 4 && args[0].equals("bare")) {
            bare(StoreChunks.read(Path.of(args[1])), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        } else {
            System.err.println(
                    "usage: IngestPeer chunks INDEX_DIR | IngestPeer bare INDEX_DIR THREADS ONNX_THREADS_PER_RUN");
            System.exit(2);
        }
    }

    private static void describe(StoreChunks chunks) {
        System.out.println("files=" + chunks.fileCount());
        System.out.println("chunks=" + chunks.chunkCount());
        System.out.println("chars=" + chunks.textChars());
        System.out.println("digest=" + chunks.digest());
    }

    private static void bare(StoreChunks chunks, int threads, int onnxThreads) throws Exception {
        if (chunks.chunkCount() == 0) {
            throw new IllegalArgumentException("the index holds no chunks; point it at a store's folder");
        }
        List<String> texts = chunks.texts();
        BareEmbedding embedding = new BareEmbedding(WholeTextModel.load(onnxThreads), threads);
        System.out.println("chunks=" + texts.size());
        pass("first", embedding, texts);
        System.out.println("tokens=" + embedding.tokens());
        System.out.println("longest_text_tokens=" + embedding.longestText());
        pass("second", embedding, texts);
        // langchain4j's model keeps a thread pool that would hold the JVM open
        System.exit(0);
    }

    /** Embeds every text once and prints the figures of that pass, each key prefixed with its name. */
    private static void pass(String name, BareEmbedding embedding, List<String> texts) throws Exception {
        CpuShare load = CpuShare.start();
        long nanos = embedding.embedAll(texts);
        double others = load.othersCores();
        double cpu = load.ownSeconds();
        double seconds = nanos / 1e9;
        System.out.println(String.format(Locale.ROOT, "%s_seconds=%.3f", name, seconds));
        System.out.println(String.format(Locale.ROOT, "%s_rate=%.2f", name, texts.size() / seconds));
        System.out.println(String.format(Locale.ROOT, "%s_cpu_seconds=%.1f", name, cpu));
        System.out.println(String.format(Locale.ROOT, "%s_others_cores=%.2f", name, others));
    }
}
