package dev.strata.vectorio.index;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;

/**
 * Lucene's default codec, but for vectors of up to {@value WideVectorsFormat#MAX_DIMENSIONS}
 * dimensions: Lucene 9.12 refuses more than 1024 unless the field's vectors format allows them,
 * and models such as OpenAI's text-embedding-3-large give 3072.
 *
 * <p>Only writing needs this class. The segments it writes name the standard codec and the
 * standard HNSW format, so any reader, this bundle's or a plain Lucene 9.12 tool such as Luke,
 * opens them through Lucene's usual service lookup.
 */
final class StoreCodec extends Lucene912Codec {

    private final KnnVectorsFormat vectors = new WideVectorsFormat(new Lucene99HnswVectorsFormat());

    @Override
    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return vectors;
    }
}
