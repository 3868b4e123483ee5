package dev.strata.benchmarks.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The chunks of one vector store, read from its Lucene folder ({@code
 * data/vectorio/<provider>/<store id>}) while no Strata has it open. The field names are those
 * strata-vectorio's {@code ChunkFields} writes; every live document with a {@code chunk_id} is
 * one chunk.
 */
final class StoreChunks {

    /** One chunk as the store indexed it. */
    record Chunk(String fileId, String filename, int position, String text) {}

    private final List<Chunk> chunks;

    private StoreChunks(List<Chunk> chunks) {
        this.chunks = List.copyOf(chunks);
    }

    /** Reads every chunk, ordered by file name and position, so that two stores of the same files compare equal. */
    static StoreChunks read(Path folder) throws IOException {
        List<Chunk> chunks = new ArrayList<>();
        try (Directory directory = FSDirectory.open(folder);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                readLeaf(leaf.reader(), chunks);
            }
        }
        chunks.sort(Comparator.comparing(Chunk::filename)
                .thenComparing(Chunk::fileId)
                .thenComparingInt(Chunk::position));
        return new StoreChunks(chunks);
    }

    private static void readLeaf(LeafReader leaf, List<Chunk> into) throws IOException {
        Bits live = leaf.getLiveDocs();
        StoredFields stored = leaf.storedFields();
        for (int doc = 0; doc < leaf.maxDoc(); doc++) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            Document document = stored.document(doc);
            if (document.get("chunk_id") == null) {
                continue;
            }
            into.add(new Chunk(
                    document.get("file_id"),
                    document.get("filename"),
                    document.getField("position").numericValue().intValue(),
                    document.get("text")));
        }
    }

    List<String> texts() {
        return chunks.stream().map(Chunk::text).toList();
    }

    int chunkCount() {
        return chunks.size();
    }

    long fileCount() {
        return chunks.stream().map(Chunk::fileId).distinct().count();
    }

    long textChars() {
        return chunks.stream().mapToLong(chunk -> chunk.text().length()).sum();
    }

    /**
     * A SHA-256 of every chunk's file name, position and text, in order: equal for two stores
     * that cut the same files into the same chunks, whatever ids they gave them.
     */
    String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Chunk chunk : chunks) {
                sha.update((chunk.filename() + '\0' + chunk.position() + '\0' + chunk.text() + '\0')
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
