package dev.strata.inference.onnx;

import java.nio.FloatBuffer;

/**
 * Makes one vector of a text from the model's vectors of its tokens, as sentence-transformers
 * does for all-MiniLM-L6-v2: the mean over the tokens the attention mask keeps (padding left
 * out, the special tokens in), scaled to length 1 so that a dot product is the cosine.
 */
final class MeanPooling {

    private MeanPooling() {}

    /**
     * @param hidden the model's output, shape {@code [texts, length, dimension]}, row-major
     * @param text which text of the batch
     * @param length the batch's padded length
     * @param dimension the vectors' length
     * @param tokens how many leading tokens of the text the mask keeps, 1 or more
     * @return a new vector of length 1
     */
    static float[] pool(FloatBuffer hidden, int text, int length, int dimension, int tokens) {
        float[] sum = new float[dimension];
        int base = text * length * dimension;
        for (int token = 0; token < tokens; token++) {
            int offset = base + token * dimension;
            for (int i = 0; i < dimension; i++) {
                sum[i] += hidden.get(offset + i);
            }
        }
        return normalize(sum);
    }

    private static float[] normalize(float[] vector) {
        double squares = 0;
        for (float value : vector) {
            squares += value * value;
        }
        float scale = squares == 0 ? 0 : (float) (1 / Math.sqrt(squares));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return vector;
    }
}
