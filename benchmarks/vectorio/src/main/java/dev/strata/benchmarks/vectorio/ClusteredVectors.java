package dev.strata.benchmarks.vectorio;

import java.util.Random;

/**
 * Synthetic embeddings: unit vectors scattered around random cluster centres, so that a query has
 * true near neighbours (those of its cluster) among many unrelated vectors, as real embeddings of
 * texts on a few topics do. Uniformly random vectors would all be about equally far from each
 * other in 384 dimensions, and recall would mean nothing.
 */
final class ClusteredVectors {

    static final int DIMENSION = 384;
    static final int CLUSTERS = 100;

    /**
     * The standard deviation of each coordinate's noise around a unit centre: the noise vector's
     * length is about 0.04 * sqrt(384) = 0.78, so a point's cosine to its centre is about 0.79.
     */
    private static final double SPREAD = 0.04;

    private final Random random;
    private final float[][] centres = new float[CLUSTERS][];

    ClusteredVectors(long seed) {
        random = new Random(seed);
        for (int i = 0; i < CLUSTERS; i++) {
            centres[i] = normalized(gaussian(1));
        }
    }

    float[][] next(int count) {
        float[][] vectors = new float[count][];
        for (int i = 0; i < count; i++) {
            float[] centre = centres[random.nextInt(CLUSTERS)];
            float[] noise = gaussian(SPREAD);
            for (int d = 0; d < DIMENSION; d++) {
                noise[d] += centre[d];
            }
            vectors[i] = normalized(noise);
        }
        return vectors;
    }

    private float[] gaussian(double deviation) {
        float[] vector = new float[DIMENSION];
        for (int d = 0; d < DIMENSION; d++) {
            vector[d] = (float) (random.nextGaussian() * deviation);
        }
        return vector;
    }

    private static float[] normalized(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < vector.length; d++) {
            vector[d] *= scale;
        }
        return vector;
    }
}
