package dev.strata.vectorio.index;

import dev.strata.api.vectorio.SearchResult;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.UnicodeUtil;

/**
 * The Lucene document of one chunk, and the conversions both ways. A chunk's ids are exact terms
 * (its file's id is how a file's chunks are found, replaced and deleted), its text is analyzed
 * for BM25 and stored, its vector is indexed for HNSW search with cosine similarity, and its
 * attributes are laid out by {@link AttributeFields}.
 */
final class ChunkFields {

    static final String CHUNK_ID = "chunk_id";
    static final String FILE_ID = "file_id";
    static final String FILENAME = "filename";
    static final String POSITION = "position";
    static final String TEXT = "text";

    /** The UTF-8 length of the text, as doc values, so a file's size is summed without reading texts. */
    static final String TEXT_BYTES = "text_bytes";

    static final String VECTOR = "vector";

    private ChunkFields() {}

    /** The term that every chunk of a file has. */
    static Term file(String fileId) {
        return new Term(FILE_ID, fileId);
    }

    static Document document(IndexedChunk chunk) {
        Document document = new Document();
        document.add(new StringField(CHUNK_ID, chunk.chunkId(), Field.Store.YES));
        document.add(new StringField(FILE_ID, chunk.fileId(), Field.Store.YES));
        document.add(new StoredField(FILENAME, chunk.filename()));
        document.add(new StoredField(POSITION, chunk.position()));
        document.add(new TextField(TEXT, chunk.text(), Field.Store.YES));
        document.add(new NumericDocValuesField(TEXT_BYTES, utf8Length(chunk.text())));
        document.add(new KnnFloatVectorField(VECTOR, chunk.vector(), VectorSimilarityFunction.COSINE));
        AttributeFields.add(document, chunk.chunkId(), chunk.attributes());
        return document;
    }

    /** Rebuilds a chunk from its stored fields and its vector, read from the vector values. */
    static IndexedChunk chunk(Document stored, float[] vector) {
        return new IndexedChunk(
                stored.get(CHUNK_ID),
                stored.get(FILE_ID),
                stored.get(FILENAME),
                stored.getField(POSITION).numericValue().intValue(),
                stored.get(TEXT),
                vector,
                AttributeFields.read(stored));
    }

    static SearchResult result(Document stored, double score) {
        return new SearchResult(
                stored.get(FILE_ID),
                stored.get(FILENAME),
                score,
                AttributeFields.read(stored),
                stored.get(TEXT),
                stored.get(CHUNK_ID));
    }

    static long utf8Length(String text) {
        return UnicodeUtil.calcUTF16toUTF8Length(text, 0, text.length());
    }
}
