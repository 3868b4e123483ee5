package dev.strata.inference.onnx;

/** Vector arithmetic for assertions. */
final class Vectors {

    private Vectors() {}

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return dot / Math.sqrt(normA * normB);
    }

    static double length(float[] a) {
        return Math.sqrt(sumOfSquares(a));
    }

    private static double sumOfSquares(float[] a) {
        double squares = 0;
        for (float value : a) {
            squares += value * value;
        }
        return squares;
    }
}
