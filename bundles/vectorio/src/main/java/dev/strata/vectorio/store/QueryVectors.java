package dev.strata.vectorio.store;

import dev.strata.api.inference.Embeddings;
import dev.strata.api.inference.Inference;
import dev.strata.api.vectorio.SearchRequest;
import dev.strata.vectorio.catalog.StoreRecord;

/**
 * The vector a search looks for: the query's embedding, or for several queries the normalised
 * mean of theirs, so that each query weighs the same.
 */
final class QueryVectors {

    private QueryVectors() {}

    static float[] of(Inference inference, StoreRecord store, SearchRequest request) {
        Embeddings embeddings = inference.embed(store.embeddingModel(), request.queries());
        if (embeddings.size() == 1) {
            return embeddings.vector(0);
        }
        float[] mean = new float[embeddings.dimension()];
        for (int i = 0; i < embeddings.size(); i++) {
            float[] vector = unit(embeddings.vector(i));
            for (int d = 0; d < mean.length; d++) {
                mean[d] += vector[d];
            }
        }
        return unit(mean);
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        if (norm == 0) {
            return vector;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < vector.length; d++) {
            vector[d] *= scale;
        }
        return vector;
    }
}
