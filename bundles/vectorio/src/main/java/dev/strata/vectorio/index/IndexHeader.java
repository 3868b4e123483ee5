package dev.strata.vectorio.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Opens a store's IndexWriter and checks what the index holds against what the caller expects.
 * An index records, in the user data of each commit, the version of its layout and the dimension
 * of its vectors; a new index gets both in a first, empty commit, so even an empty store knows
 * its dimension after a restart.
 */
final class IndexHeader {

    static final String FORMAT = "strata.index.format";
    static final String DIMENSION = "strata.index.dimension";

    /** The layout of documents this code writes and reads (see {@link ChunkFields}). */
    static final int CURRENT_FORMAT = 1;

    private IndexHeader() {}

    /**
     * Opens the writer, creating the index if the folder has none.
     *
     * @throws IllegalArgumentException if the index holds vectors of another dimension
     * @throws IllegalStateException if another writer has the index open, or it was not written
     *     by Strata, or by a newer version
     */
    static IndexWriter openWriter(Path folder, Directory directory, Analyzer analyzer, int dimension)
            throws IOException {
        boolean existed = DirectoryReader.indexExists(directory);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setCodec(new StoreCodec())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, config);
        } catch (LockObtainFailedException held) {
            throw new IllegalStateException(
                    "the index in " + folder + " is already open, in this process or"
                            + " another; close that one first, or give this store its own folder",
                    held);
        }
        try {
            if (existed) {
                check(folder, header(writer), dimension);
            } else {
                writer.setLiveCommitData(
                        Map.of(FORMAT, Integer.toString(CURRENT_FORMAT), DIMENSION, Integer.toString(dimension))
                                .entrySet());
                writer.commit();
            }
            return writer;
        } catch (IOException | RuntimeException | Error failure) {
            writer.rollback();
            throw failure;
        }
    }

    private static Map<String, String> header(IndexWriter writer) {
        Map<String, String> header = new HashMap<>();
        for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
            header.put(entry.getKey(), entry.getValue());
        }
        return header;
    }

    private static void check(Path folder, Map<String, String> header, int dimension) {
        String format = header.get(FORMAT);
        String recorded = header.get(DIMENSION);
        if (format == null || recorded == null) {
            throw new IllegalStateException("the folder " + folder + " holds a Lucene index that is not a Strata"
                    + " store's; give the store an empty folder, or move that index away");
        }
        if (Integer.parseInt(format) > CURRENT_FORMAT) {
            throw new IllegalStateException("the index in " + folder + " has format " + format + ", written by a"
                    + " newer Strata; this one reads format " + CURRENT_FORMAT + " and older: upgrade Strata");
        }
        if (Integer.parseInt(recorded) != dimension) {
            throw new IllegalArgumentException("the index in " + folder + " holds vectors of " + recorded
                    + " dimensions, not " + dimension + "; open it with " + recorded + ", or give a store of "
                    + dimension + " dimensions its own folder");
        }
    }
}
