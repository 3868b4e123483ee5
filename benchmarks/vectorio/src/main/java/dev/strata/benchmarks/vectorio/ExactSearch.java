package dev.strata.benchmarks.vectorio;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The peer: exact nearest neighbours by brute force in plain Java, every vector compared with the
 * query. The vectors are unit length, so the dot product is the cosine and orders them as the
 * index's (1 + cosine) / 2 does. It defines the right answer for recall.
 */
final class ExactSearch {

    private final float[][] vectors;

    ExactSearch(float[][] vectors) {
        this.vectors = vectors;
    }

    /** The positions of the {@code k} vectors nearest the query among those accepted, nearest first. */
    int[] nearest(float[] query, int k, IntPredicate accepted) {
        int[] best = new int[k];
        float[] bestScores = new float[k];
        int found = 0;
        for (int i = 0; i < vectors.length; i++) {
            if (!accepted.test(i)) {
                continue;
            }
            float score = dot(query, vectors[i]);
            if (found < k) {
                found++;
            } else if (score <= bestScores[k - 1]) {
                continue;
            }
            int at = found - 1;
            while (at > 0 && bestScores[at - 1] < score) {
                best[at] = best[at - 1];
                bestScores[at] = bestScores[at - 1];
                at--;
            }
            best[at] = i;
            bestScores[at] = score;
        }
        return Arrays.copyOf(best, found);
    }

    private static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += a[d] * b[d];
        }
        return sum;
    }
}
