package dev.strata.benchmarks.ingest;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * langchain4j's quantized MiniLM, reading every token of a text, on a chosen number of ONNX
 * Runtime threads per run.
 *
 * <p>The {@code tokenizer.json} that {@link AllMiniLmL6V2QuantizedEmbeddingModel} ships truncates
 * each text to 128 tokens, [CLS] and [SEP] included, so that class embeds the first 126 tokens of
 * a longer text and drops the rest without a word; a chunk of Strata's {@code auto} strategy has up
 * to 256 tokens, all of which Strata embeds. To compare like with like, this runs the same model
 * file and the same tokenizer with its truncation raised to the model's 512 positions, through
 * langchain4j's own encoder with the mean pooling that class uses.
 */
final class WholeTextModel extends AbstractInProcessEmbeddingModel {

    /** The positions all-MiniLM-L6-v2 reads, [CLS] and [SEP] included. */
    static final int MODEL_POSITIONS = 512;

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";

    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    private WholeTextModel(OnnxBertBiEncoder encoder) {
        super(null); // langchain4j's default executor; one text per call runs on the caller's thread
        this.encoder = encoder;
    }

    /**
     * Loads the model and a tokenizer without the 128-token cut.
     *
     * @param threads ONNX Runtime's intra-op threads per run; 0 leaves its default (every core)
     * @throws IOException if the files cannot be read from langchain4j's jar
     * @throws OrtException if ONNX Runtime cannot load the model
     */
    static WholeTextModel load(int threads) throws IOException, OrtException {
        byte[] model;
        try (InputStream in = resource(MODEL)) {
            model = in.readAllBytes();
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode tokenizer;
        try (InputStream in = resource(TOKENIZER)) {
            tokenizer = (ObjectNode) json.readTree(in);
        }
        tokenizer.withObjectProperty("truncation").put("max_length", MODEL_POSITIONS);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (threads > 0) {
                options.setIntraOpNumThreads(threads);
            }
            session = environment.createSession(model, options);
        }
        return new WholeTextModel(new OnnxBertBiEncoder(
                environment, session, new ByteArrayInputStream(json.writeValueAsBytes(tokenizer)), PoolingMode.MEAN));
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new IOException(name + " is not in langchain4j's all-minilm-l6-v2-q jar; has its layout changed?");
        }
        return in;
    }
}
