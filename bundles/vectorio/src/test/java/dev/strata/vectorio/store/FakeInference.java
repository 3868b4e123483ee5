package dev.strata.vectorio.store;

import dev.strata.api.inference.Embeddings;
import dev.strata.api.inference.Inference;
import dev.strata.api.inference.ModelInfo;
import dev.strata.api.inference.TokenSpan;
import dev.strata.api.inference.UnknownModelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model for tests: a token is a run of letters or digits; a text's vector counts its words,
 * hashed into {@value #DIMENSION} buckets, so texts sharing words lie close together.
 */
final class FakeInference implements Inference {

    static final String MODEL = "fake-words";
    static final int DIMENSION = 64;
    static final int MAX_TOKENS = 256;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    final AtomicInteger embeddedTexts = new AtomicInteger();

    /** Runs after each call to {@link #embed}, with the number of texts embedded so far. */
    volatile java.util.function.IntConsumer afterEmbed = count -> {};

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
        Embeddings embeddings = new Embeddings(modelId, vectors, 0);
        afterEmbed.accept(embeddedTexts.addAndGet(texts.size()));
        return embeddings;
    }

    @Override
    public List<ModelInfo> models() {
        return List.of(new ModelInfo(MODEL, DIMENSION, MAX_TOKENS, "fake"));
    }

    @Override
    public List<TokenSpan> tokenize(String modelId, String text) {
        requireModel(modelId);
        List<TokenSpan> spans = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            spans.add(new TokenSpan(matcher.start(), matcher.end()));
        }
        return spans;
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
