package dev.strata.inference.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.strata.api.inference.Embeddings;
import dev.strata.api.inference.InferenceException;
import dev.strata.api.inference.ModelInfo;
import dev.strata.api.inference.TokenSpan;
import dev.strata.api.inference.TokenWindow;
import dev.strata.api.inference.TokenizedText;
import dev.strata.inference.tokenizer.EncodedText;
import dev.strata.inference.tokenizer.ModelTokenizer;
import dev.strata.inference.tokenizer.WordTokens;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The quantized all-MiniLM-L6-v2 on ONNX Runtime: 384 dimensions, vectors of length 1, texts
 * embedded in batches of similar length.
 *
 * <p>The model is dynamically quantized: each run scales its activations to 8 bits over the
 * whole input tensor, every text of the batch and its padding included. With a batch size above 1
 * a text's vector therefore depends slightly on the texts it runs with (a cosine of about 0.99 to
 * its vector alone); with batch size 1 every text runs alone and its vector is the same in every
 * call. It is the vector langchain4j's model class gives for a text of up to 126 tokens; that
 * class cuts a longer text to its tokenizer's 128 positions, where this reads every token.
 *
 * <p>Thread-safe. ONNX Runtime allows concurrent {@code run} calls on one session (its C API
 * documents {@code OrtApi::Run} as thread-safe), and each call here owns its input and output
 * tensors, so concurrent callers never share a buffer; the tokenizer guards itself (see {@link
 * ModelTokenizer}). {@link #close} waits, through a read-write lock, until no call uses the
 * session, since a native session freed under a running call would crash the JVM.
 */
public final class OnnxEmbedder implements AutoCloseable {

    /** The length of the model's vectors. */
    public static final int DIMENSION = 384;

    /** The most tokens of one text the model can read: 512 positions less [CLS] and [SEP]. */
    public static final int MAX_TEXT_TOKENS = 510;

    private final OnnxSettings settings;

    private final OrtEnvironment environment;

    private final OrtSession session;

    private final boolean takesTokenTypes;

    private final ModelTokenizer tokenizer;

    private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();

    private boolean closed; // guarded by lifecycle

    private OnnxEmbedder(OnnxSettings settings, OrtSession session, ModelTokenizer tokenizer) throws OrtException {
        this.settings = settings;
        this.environment = OrtEnvironment.getEnvironment();
        this.session = session;
        this.takesTokenTypes = session.getInputNames().contains("token_type_ids");
        this.tokenizer = tokenizer;
    }

    /**
     * Loads the model and its tokenizer from this bundle.
     *
     * @throws IllegalStateException if DJL is not set to run offline, or a native library or the
     *     model cannot be loaded; the message says which
     */
    public static OnnxEmbedder open(OnnxSettings settings) {
        return open(settings, tokenizer(settings));
    }

    /** Loads the model's tokenizer from this bundle. */
    static ModelTokenizer tokenizer(OnnxSettings settings) {
        try (InputStream json = MiniLmFiles.tokenizer()) {
            return ModelTokenizer.load(settings.modelId(), json);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + MiniLmFiles.TOKENIZER + ": " + e, e);
        }
    }

    /** Loads the model, to run with a tokenizer of its files that the embedder then owns and closes. */
    static OnnxEmbedder open(OnnxSettings settings, ModelTokenizer tokenizer) {
        try {
            return new OnnxEmbedder(settings, session(settings), tokenizer);
        } catch (OrtException | RuntimeException | LinkageError e) {
            tokenizer.close();
            throw new IllegalStateException(
                    "ONNX Runtime cannot load model '" + settings.modelId() + "' on " + System.getProperty("os.name")
                            + " " + System.getProperty("os.arch") + ": " + e,
                    e);
        }
    }

    private static OrtSession session(OnnxSettings settings) throws OrtException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            if (settings.threads() > 0) {
                options.setIntraOpNumThreads(settings.threads());
            }
            return OrtEnvironment.getEnvironment().createSession(MiniLmFiles.model(), options);
        }
    }

    /** The model this embedder serves. */
    public ModelInfo model() {
        return new ModelInfo(settings.modelId(), DIMENSION, settings.maxInputTokens(), settings.providerId());
    }

    /**
     * Embeds texts, one vector per text, in the order given.
     *
     * @param texts no {@code null} element
     * @throws IllegalArgumentException if a text has more tokens than {@link
     *     OnnxSettings#maxInputTokens()}, naming its index, its count and the limit
     * @throws InferenceException if the model fails, or the embedder is closed
     */
    public Embeddings embed(List<String> texts) {
        lifecycle.readLock().lock();
        try {
            requireOpen();
            return embedEncoded(encode(texts));
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /**
     * Tokenizes a text once, keeping its token ids, if the model's tokenizer lets windows be
     * encoded from them (see {@link WordTokens}).
     *
     * @return the text's tokens, or empty if each window must be tokenized from its text
     * @throws InferenceException if the embedder is closed
     */
    public Optional<WordTokens> tokenizeText(String text) {
        lifecycle.readLock().lock();
        try {
            requireOpen();
            return tokenizer.words(settings.modelId(), text);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Tells whether a tokenized text's windows can be embedded from its ids: whether this embedder made it. */
    public boolean reads(TokenizedText text) {
        return text instanceof WordTokens words && words.madeBy(tokenizer);
    }

    /**
     * Embeds windows of a text this embedder tokenized, one vector per window, in the order
     * given: the vectors {@link #embed} gives for the windows' texts, without tokenizing them.
     *
     * @param text made by {@link #tokenizeText} of this embedder
     * @param windows no {@code null} element
     * @throws IllegalArgumentException if a window reaches past the text's tokens, or the model
     *     reads more than {@link OnnxSettings#maxInputTokens()} tokens from it, naming its index
     * @throws InferenceException if the model fails, or the embedder is closed
     */
    public Embeddings embedWindows(WordTokens text, List<TokenWindow> windows) {
        lifecycle.readLock().lock();
        try {
            requireOpen();
            List<EncodedText> encoded = new ArrayList<>(windows.size());
            for (int i = 0; i < windows.size(); i++) {
                EncodedText window = text.encode(windows.get(i));
                if (window.ownTokens() > settings.maxInputTokens()) {
                    throw new IllegalArgumentException("window " + i + " " + windows.get(i) + " has "
                            + window.ownTokens() + " tokens but model '" + settings.modelId() + "' reads at most "
                            + settings.maxInputTokens() + "; shorten it (TokenizedText.tokenCount tells how many"
                            + " tokens the model reads from a window)");
                }
                encoded.add(window);
            }
            return embedEncoded(encoded);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /**
     * Returns where the text's tokens lie in it.
     *
     * @throws InferenceException if the embedder is closed
     */
    public List<TokenSpan> tokenize(String text) {
        lifecycle.readLock().lock();
        try {
            requireOpen();
            return tokenizer.spans(text);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Frees the session and the tokenizer once no call uses them; later calls fail. */
    @Override
    public void close() throws OrtException {
        lifecycle.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                try {
                    session.close();
                } finally {
                    tokenizer.close();
                }
            }
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new InferenceException("model '" + settings.modelId() + "' of provider '" + settings.providerId()
                    + "' is stopped; look the Inference service up again");
        }
    }

    private Embeddings embedEncoded(List<EncodedText> encoded) {
        float[][] vectors = new float[encoded.size()][];
        for (int[] batch : LengthBatches.of(encoded, settings.batchSize())) {
            run(batch, encoded, vectors);
        }
        int tokens = encoded.stream().mapToInt(text -> text.ids().length).sum();
        return new Embeddings(settings.modelId(), Arrays.asList(vectors), tokens);
    }

    private List<EncodedText> encode(List<String> texts) {
        List<EncodedText> encoded = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            EncodedText text = tokenizer.encode(texts.get(i));
            if (text.ownTokens() > settings.maxInputTokens()) {
                throw new IllegalArgumentException("text " + i + " has " + text.ownTokens() + " tokens but model '"
                        + settings.modelId() + "' reads at most " + settings.maxInputTokens()
                        + "; split it into chunks (Inference.tokenize tells where its tokens lie)");
            }
            encoded.add(text);
        }
        return encoded;
    }

    private void run(int[] batch, List<EncodedText> encoded, float[][] vectors) {
        int length =
                Arrays.stream(batch).map(i -> encoded.get(i).ids().length).max().orElse(0);
        long[] ids = new long[batch.length * length];
        long[] mask = new long[batch.length * length];
        for (int row = 0; row < batch.length; row++) {
            long[] text = encoded.get(batch[row]).ids();
            System.arraycopy(text, 0, ids, row * length, text.length);
            Arrays.fill(mask, row * length, row * length + text.length, 1L);
        }
        long[] shape = {batch.length, length};
        try (OnnxTensor idsTensor = tensor(ids, shape);
                OnnxTensor maskTensor = tensor(mask, shape);
                OnnxTensor typesTensor = tensor(new long[ids.length], shape);
                OrtSession.Result result = session.run(inputs(idsTensor, maskTensor, typesTensor))) {
            FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
            for (int row = 0; row < batch.length; row++) {
                int tokens = encoded.get(batch[row]).ids().length;
                vectors[batch[row]] = MeanPooling.pool(hidden, row, length, DIMENSION, tokens);
            }
        } catch (OrtException e) {
            throw new InferenceException(
                    "model '" + settings.modelId() + "' of provider '" + settings.providerId()
                            + "' failed on a batch of " + batch.length + " texts of up to " + length + " tokens: "
                            + e.getMessage(),
                    e);
        }
    }

    private OnnxTensor tensor(long[] values, long[] shape) throws OrtException {
        return OnnxTensor.createTensor(environment, LongBuffer.wrap(values), shape);
    }

    private Map<String, OnnxTensor> inputs(OnnxTensor ids, OnnxTensor mask, OnnxTensor types) {
        return takesTokenTypes
                ? Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types)
                : Map.of("input_ids", ids, "attention_mask", mask);
    }
}
