package dev.strata.inference.tokenizer;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import dev.strata.api.inference.TokenSpan;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * A model's HuggingFace tokenizer ({@code tokenizer.json}) through the DJL tokenizers, without
 * truncation or padding, so that counts are exact and callers see every token.
 *
 * <p>Thread-safe. DJL promises no thread safety for {@link HuggingFaceTokenizer}: every call hands
 * a raw pointer to the Rust tokenizer through JNI, and {@code close} frees it. Rather than rely on
 * what DJL does not document, one lock serializes the calls into the tokenizer, and {@link #close}
 * takes the same lock, so no call ever uses a freed tokenizer. Tokenizing a text takes tens of
 * microseconds against milliseconds for the model, which runs outside the lock, so callers
 * hardly wait for each other. The lock guards a native call that calls nothing back, so it cannot
 * take part in a deadlock.
 */
public final class ModelTokenizer implements AutoCloseable {

    private static final Map<String, String> OPTIONS =
            Map.of("addSpecialTokens", "true", "truncation", "false", "padding", "false");

    private final String name;

    private final ReentrantLock lock = new ReentrantLock();

    private HuggingFaceTokenizer tokenizer; // guarded by lock; null once closed

    private ModelTokenizer(String name, HuggingFaceTokenizer tokenizer) {
        this.name = name;
        this.tokenizer = tokenizer;
    }

    /**
     * Loads a tokenizer; checks first that DJL runs offline and loads its native library.
     *
     * @param name the model's name, for messages
     * @param json the tokenizer's {@code tokenizer.json}; read but not closed
     * @throws IllegalStateException if DJL is not offline, or its native library or the file
     *     cannot be loaded
     */
    public static ModelTokenizer load(String name, InputStream json) {
        OfflineSettings.require();
        TokenizerNatives.load();
        HuggingFaceTokenizer tokenizer = TokenizerNatives.call(() -> {
            try {
                return HuggingFaceTokenizer.newInstance(json, OPTIONS);
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("the tokenizer of model '" + name + "' cannot be read: " + e, e);
            }
        });
        return new ModelTokenizer(name, tokenizer);
    }

    /**
     * Encodes a text as the model reads it, with the special tokens the model adds around it.
     *
     * @param text not {@code null}
     * @return the token ids and the count of the text's own tokens
     * @throws IllegalStateException once closed
     */
    public TokenizedText encode(String text) {
        Encoding encoding = call(tokenizer -> tokenizer.encode(text, true, false));
        int own = 0;
        for (long special : encoding.getSpecialTokenMask()) {
            own += special == 0 ? 1 : 0;
        }
        return new TokenizedText(encoding.getIds(), own);
    }

    /**
     * Returns where the text's own tokens lie in it, special tokens left out.
     *
     * @param text not {@code null}
     * @return the spans in {@code char} offsets, in order
     * @throws IllegalStateException once closed
     */
    public List<TokenSpan> spans(String text) {
        Encoding encoding = call(tokenizer -> tokenizer.encode(text, false, false));
        CharSpan[] spans = encoding.getCharTokenSpans();
        CharOffsets offsets = new CharOffsets(text);
        List<TokenSpan> result = new ArrayList<>(spans.length);
        for (CharSpan span : spans) {
            result.add(offsets.span(span.getStart(), span.getEnd()));
        }
        return result;
    }

    /** Frees the native tokenizer once no call uses it. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (tokenizer != null) {
                tokenizer.close();
                tokenizer = null;
            }
        } finally {
            lock.unlock();
        }
    }

    private Encoding call(Function<HuggingFaceTokenizer, Encoding> work) {
        lock.lock();
        try {
            if (tokenizer == null) {
                throw new IllegalStateException("the tokenizer of model '" + name + "' is closed");
            }
            return work.apply(tokenizer);
        } finally {
            lock.unlock();
        }
    }
}
