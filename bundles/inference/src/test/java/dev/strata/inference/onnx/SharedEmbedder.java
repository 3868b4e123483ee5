package dev.strata.inference.onnx;

/** One loaded model, with the default batch size 1, for every test of this JVM: loading takes a second. */
final class SharedEmbedder {

    static final OnnxSettings SETTINGS = new OnnxSettings("onnx", "all-MiniLM-L6-v2", 1, 256, 0);

    private static OnnxEmbedder embedder;

    private SharedEmbedder() {}

    static synchronized OnnxEmbedder get() {
        if (embedder == null) {
            embedder = OnnxEmbedder.open(SETTINGS);
        }
        return embedder;
    }
}
