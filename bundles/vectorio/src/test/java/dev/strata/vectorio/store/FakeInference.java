package dev.strata.vectorio.store;

import dev.strata.api.inference.Embeddings;
import dev.strata.api.inference.Inference;
import dev.strata.api.inference.ModelInfo;
import dev.strata.api.inference.TokenSpan;
import dev.strata.api.inference.TokenWindow;
import dev.strata.api.inference.TokenizedText;
import dev.strata.api.inference.UnknownModelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model for tests: a token is a run of letters or digits; a text's vector counts its words,
 * hashed into {@value #DIMENSION} buckets, so texts sharing words lie close together.
 *
 * <p>By default it is a provider of Inference API 1.0, whose windows are counted and embedded
 * through their texts by the API's default methods; with {@link #keepsTokens} set it keeps a
 * text's tokens, as {@code inline::onnx} does, and counts and embeds windows from them. Its
 * tokens are whole words, so a window never starts inside one and always reads as its size.
 */
final class FakeInference implements Inference {

    static final String MODEL = "fake-words";
    static final int DIMENSION = 64;
    static final int MAX_TOKENS = 256;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    final AtomicInteger embeddedTexts = new AtomicInteger();

    /** How many characters the tokenizer has read, for whatever call. */
    final AtomicLong tokenizedChars = new AtomicLong();

    /** Runs after each call to {@link #embed}, with the number of texts embedded so far. */
    volatile java.util.function.IntConsumer afterEmbed = count -> {};

    /** Whether {@link #tokenizeText} keeps the tokens, so that windows need no tokenizer. */
    volatile boolean keepsTokens;

    @Override
    public Embeddings embed(String modelId, List<String> texts) {
        requireModel(modelId);
        List<float[]> vectors = new ArrayList<>();
        for (String text : texts) {
            if (tokenize(modelId, text).size() > MAX_TOKENS) {
                throw new IllegalArgumentException("text is longer than " + MAX_TOKENS + " tokens");
            }
            vectors.add(vector(text));
        }
        return embedded(modelId, vectors);
    }

    @Override
    public List<ModelInfo> models() {
        return List.of(new ModelInfo(MODEL, DIMENSION, MAX_TOKENS, "fake"));
    }

    @Override
    public List<TokenSpan> tokenize(String modelId, String text) {
        requireModel(modelId);
        tokenizedChars.addAndGet(text.length());
        List<TokenSpan> spans = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            spans.add(new TokenSpan(matcher.start(), matcher.end()));
        }
        return spans;
    }

    @Override
    public TokenizedText tokenizeText(String modelId, String text) {
        return keepsTokens
                ? new Kept(modelId, text, tokenize(modelId, text))
                : Inference.super.tokenizeText(modelId, text);
    }

    @Override
    public Embeddings embedWindows(TokenizedText text, List<TokenWindow> windows) {
        if (!(text instanceof Kept)) {
            return Inference.super.embedWindows(text, windows);
        }
        requireModel(text.modelId());
        List<float[]> vectors = new ArrayList<>();
        for (TokenWindow window : windows) {
            if (text.tokenCount(window) > MAX_TOKENS) {
                throw new IllegalArgumentException("window is longer than " + MAX_TOKENS + " tokens");
            }
            vectors.add(vector(text.text(window)));
        }
        return embedded(text.modelId(), vectors);
    }

    private Embeddings embedded(String modelId, List<float[]> vectors) {
        Embeddings embeddings = new Embeddings(modelId, vectors, 0);
        afterEmbed.accept(embeddedTexts.addAndGet(vectors.size()));
        return embeddings;
    }

    /** A text's tokens, kept: a window holds whole words, so the model reads it as its size. */
    private record Kept(String modelId, String text, List<TokenSpan> tokens) implements TokenizedText {

        @Override
        public int tokenCount(TokenWindow window) {
            text(window); // refuses a window past the last token
            return window.size();
        }
    }

    static float[] vector(String text) {
        float[] vector = new float[DIMENSION];
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            vector[Math.floorMod(matcher.group().hashCode(), DIMENSION)] += 1;
        }
        vector[DIMENSION - 1] += 0.01f;
        return vector;
    }

    private static void requireModel(String modelId) {
        if (!MODEL.equals(modelId)) {
            throw new UnknownModelException(modelId, List.of(MODEL));
        }
    }
}
