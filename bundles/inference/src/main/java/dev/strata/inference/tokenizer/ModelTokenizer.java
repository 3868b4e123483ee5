package dev.strata.inference.tokenizer;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import dev.strata.api.inference.TokenSpan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
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

    private final boolean readsWordsAlone;

    private final long[] before; // the special token ids the model reads before a text's own

    private final long[] after; // and after them

    private final LongAdder charsRead = new LongAdder();

    private final ReentrantLock lock = new ReentrantLock();

    private HuggingFaceTokenizer tokenizer; // guarded by lock; null once closed

    private ModelTokenizer(String name, HuggingFaceTokenizer tokenizer, boolean readsWordsAlone) {
        this.name = name;
        this.tokenizer = tokenizer;
        Encoding probe = tokenizer.encode("a", true, false);
        long[] ids = probe.getIds();
        long[] special = probe.getSpecialTokenMask();
        int own = 0;
        while (own < ids.length && special[own] != 0) {
            own++;
        }
        int end = own;
        while (end < ids.length && special[end] == 0) {
            end++;
        }
        this.before = Arrays.copyOfRange(ids, 0, own);
        this.after = Arrays.copyOfRange(ids, end, ids.length);
        // a tokenizer that reads "a" as no token of its own cannot have its special tokens told apart
        this.readsWordsAlone = readsWordsAlone && end > own;
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
        byte[] bytes;
        try {
            bytes = json.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("the tokenizer of model '" + name + "' cannot be read: " + e, e);
        }
        HuggingFaceTokenizer tokenizer = TokenizerNatives.call(() -> {
            try {
                return HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(bytes), OPTIONS);
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("the tokenizer of model '" + name + "' cannot be read: " + e, e);
            }
        });
        try {
            return new ModelTokenizer(name, tokenizer, WordTokens.suits(bytes));
        } catch (RuntimeException e) {
            tokenizer.close();
            throw new IllegalStateException("the tokenizer of model '" + name + "' cannot encode a text: " + e, e);
        }
    }

    /**
     * Encodes a text as the model reads it, with the special tokens the model adds around it.
     *
     * @param text not {@code null}
     * @return the token ids and the count of the text's own tokens
     * @throws IllegalStateException once closed
     */
    public EncodedText encode(String text) {
        Encoding encoding = call(text, tokenizer -> tokenizer.encode(text, true, false));
        int own = 0;
        for (long special : encoding.getSpecialTokenMask()) {
            own += special == 0 ? 1 : 0;
        }
        return new EncodedText(encoding.getIds(), own);
    }

    /**
     * Returns where the text's own tokens lie in it, special tokens left out.
     *
     * @param text not {@code null}
     * @return the spans in {@code char} offsets, in order
     * @throws IllegalStateException once closed
     */
    public List<TokenSpan> spans(String text) {
        return spans(text, call(text, tokenizer -> tokenizer.encode(text, false, false)));
    }

    /**
     * Tokenizes a text once so that its windows can be counted and encoded from its tokens, if
     * this tokenizer reads each word on its own (see {@link WordTokens}).
     *
     * @param modelId the model's id, which the result names
     * @param text not {@code null}
     * @return the text's tokens, or empty if windows must be tokenized from their texts
     * @throws IllegalStateException once closed
     */
    public Optional<WordTokens> words(String modelId, String text) {
        if (!readsWordsAlone) {
            return Optional.empty();
        }
        Encoding encoding = call(text, tokenizer -> tokenizer.encode(text, false, false));
        return Optional.of(
                new WordTokens(this, modelId, text, spans(text, encoding), encoding.getIds(), encoding.getWordIds()));
    }

    /**
     * Returns how many {@code char}s this tokenizer has read since it was loaded, over every
     * call: what tests hold the tokenizations of a text to.
     */
    public long charsRead() {
        return charsRead.sum();
    }

    /** The ids of a text's own tokens, special tokens left out. */
    long[] ownIds(String text) {
        return call(text, tokenizer -> tokenizer.encode(text, false, false)).getIds();
    }

    /** A text's own token ids with the special tokens the model reads around them. */
    EncodedText withSpecialTokens(long[] own) {
        long[] ids = new long[before.length + own.length + after.length];
        System.arraycopy(before, 0, ids, 0, before.length);
        System.arraycopy(own, 0, ids, before.length, own.length);
        System.arraycopy(after, 0, ids, before.length + own.length, after.length);
        return new EncodedText(ids, own.length);
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

    private static List<TokenSpan> spans(String text, Encoding encoding) {
        CharSpan[] spans = encoding.getCharTokenSpans();
        CharOffsets offsets = new CharOffsets(text);
        List<TokenSpan> result = new ArrayList<>(spans.length);
        for (CharSpan span : spans) {
            result.add(offsets.span(span.getStart(), span.getEnd()));
        }
        return result;
    }

    private Encoding call(String text, Function<HuggingFaceTokenizer, Encoding> work) {
        charsRead.add(text.length());
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
