package dev.strata.vectorio.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Reads the chunks of one file from a point-in-time reader, segment by segment through the
 * postings of its file id term, skipping deleted documents. Vectors come back from the vector
 * values the HNSW format keeps (stored as given, not normalized), so a file's chunks can be
 * rewritten without the caller's vectors.
 */
final class FileChunks {

    private static final Comparator<IndexedChunk> IN_POSITION_ORDER =
            Comparator.comparingInt(IndexedChunk::position).thenComparing(IndexedChunk::chunkId);

    private FileChunks() {}

    /** The file's chunks in position order. */
    static List<IndexedChunk> read(IndexReader reader, String fileId) throws IOException {
        List<IndexedChunk> chunks = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader segment = leaf.reader();
            PostingsEnum docs = segment.postings(ChunkFields.file(fileId), PostingsEnum.NONE);
            if (docs == null) {
                continue;
            }
            Bits live = segment.getLiveDocs();
            StoredFields stored = segment.storedFields();
            FloatVectorValues vectors = segment.getFloatVectorValues(ChunkFields.VECTOR);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    chunks.add(ChunkFields.chunk(stored.document(doc), vector(vectors, doc, fileId)));
                }
            }
        }
        chunks.sort(IN_POSITION_ORDER);
        return chunks;
    }

    /** How many chunks the file has. */
    static int count(IndexReader reader, String fileId) throws IOException {
        int count = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader segment = leaf.reader();
            PostingsEnum docs = segment.postings(ChunkFields.file(fileId), PostingsEnum.NONE);
            if (docs == null) {
                continue;
            }
            Bits live = segment.getLiveDocs();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The file's size in the index: its chunks' UTF-8 text and 4 bytes a dimension each. */
    static long bytes(IndexReader reader, String fileId, int dimension) throws IOException {
        long bytes = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader segment = leaf.reader();
            PostingsEnum docs = segment.postings(ChunkFields.file(fileId), PostingsEnum.NONE);
            if (docs == null) {
                continue;
            }
            Bits live = segment.getLiveDocs();
            NumericDocValues textBytes = segment.getNumericDocValues(ChunkFields.TEXT_BYTES);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    bytes += 4L * dimension
                            + (textBytes != null && textBytes.advanceExact(doc) ? textBytes.longValue() : 0);
                }
            }
        }
        return bytes;
    }

    /** The vector of a document; calls come in increasing document order, as vector values need. */
    private static float[] vector(FloatVectorValues vectors, int doc, String fileId) throws IOException {
        if (vectors == null || (vectors.docID() < doc && vectors.advance(doc) != doc) || vectors.docID() != doc) {
            throw new IllegalStateException("a chunk of file '" + fileId + "' has no vector in the index; the index"
                    + " is damaged: delete the file and add it again");
        }
        return vectors.vectorValue().clone();
    }
}
