package dev.strata.vectorio.index;

import dev.strata.api.vectorio.Filter;
import dev.strata.api.vectorio.Ranker;
import dev.strata.api.vectorio.SearchMode;
import dev.strata.api.vectorio.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Chunks, vectors and queries for the tests, made short. */
final class Chunks {

    private Chunks() {}

    /** A chunk with id {@code FILE#POSITION} and filename {@code FILE.txt}. */
    static IndexedChunk chunk(
            String fileId, int position, String text, float[] vector, Map<String, Object> attributes) {
        return new IndexedChunk(fileId + "#" + position, fileId, fileId + ".txt", position, text, vector, attributes);
    }

    static IndexedChunk chunk(String fileId, int position, String text, float[] vector) {
        return chunk(fileId, position, text, vector, Map.of());
    }

    /** A 2-dimensional unit vector at {@code degrees} from the x axis. */
    static float[] angle(double degrees) {
        double radians = Math.toRadians(degrees);
        return new float[] {(float) Math.cos(radians), (float) Math.sin(radians)};
    }

    /** A random unit vector. */
    static float[] random(Random random, int dimension) {
        float[] vector = new float[dimension];
        double norm = 0;
        for (int i = 0; i < dimension; i++) {
            vector[i] = (float) random.nextGaussian();
            norm += vector[i] * vector[i];
        }
        for (int i = 0; i < dimension; i++) {
            vector[i] /= (float) Math.sqrt(norm);
        }
        return vector;
    }

    static IndexQuery vector(float[] vector, int limit) {
        return new IndexQuery(vector, null, null, SearchMode.VECTOR, Ranker.DEFAULT, limit, 0);
    }

    static IndexQuery vector(float[] vector, Filter filter, int limit) {
        return new IndexQuery(vector, null, filter, SearchMode.VECTOR, Ranker.DEFAULT, limit, 0);
    }

    static IndexQuery keyword(String text, int limit) {
        return new IndexQuery(null, text, null, SearchMode.KEYWORD, Ranker.DEFAULT, limit, 0);
    }

    static IndexQuery hybrid(float[] vector, String text, Ranker ranker, int limit) {
        return new IndexQuery(vector, text, null, SearchMode.HYBRID, ranker, limit, 0);
    }

    static List<String> chunkIds(List<SearchResult> results) {
        List<String> ids = new ArrayList<>();
        results.forEach(result -> ids.add(result.chunkId()));
        return ids;
    }
}
