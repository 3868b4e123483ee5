package dev.strata.vectorio.index;

import java.io.IOException;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.KnnVectorsWriter;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;

/**
 * A vectors format that writes and reads exactly as the one it wraps, under the same name, but
 * lets a field have up to {@value #MAX_DIMENSIONS} dimensions. The limit is only checked when a
 * document is indexed; the file format itself has none, so what this writes is the wrapped
 * format's, readable by it.
 */
final class WideVectorsFormat extends KnnVectorsFormat {

    /** The most dimensions a vector may have: {@value}. */
    static final int MAX_DIMENSIONS = 4096;

    private final KnnVectorsFormat format;

    WideVectorsFormat(KnnVectorsFormat format) {
        super(format.getName());
        this.format = format;
    }

    @Override
    public KnnVectorsWriter fieldsWriter(SegmentWriteState state) throws IOException {
        return format.fieldsWriter(state);
    }

    @Override
    public KnnVectorsReader fieldsReader(SegmentReadState state) throws IOException {
        return format.fieldsReader(state);
    }

    @Override
    public int getMaxDimensions(String fieldName) {
        return MAX_DIMENSIONS;
    }

    @Override
    public String toString() {
        return format + " up to " + MAX_DIMENSIONS + " dimensions";
    }
}
