package dev.strata.inference.tokenizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.api.inference.InferenceException;
import dev.strata.api.inference.TokenSpan;
import dev.strata.api.inference.TokenWindow;
import dev.strata.api.inference.TokenizedText;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A text tokenized once by a tokenizer that reads each word on its own, whose windows are
 * counted and encoded from the text's token ids instead of tokenizing their texts again.
 *
 * <p>Why that is exact for BERT's tokenizer (normalizer {@code BertNormalizer}, pre-tokenizer
 * {@code BertPreTokenizer}, model {@code WordPiece}): it normalizes character by character, splits
 * the text into words at white space and at each punctuation character, and cuts each word into
 * the longest pieces of its vocabulary, from the word's start on. A window's text read alone
 * consists of the window's words, and each gets the tokens it has in the whole text; so does a
 * word the window cuts short at its end, since the window ends where a piece ends and the
 * longest-piece rule cuts a word's beginning as it cuts the whole word. Only a word that the
 * window starts inside reads differently alone: its rest is a word of its own ({@code "ization"},
 * not {@code "##ization"}), which may take another count of pieces. So the rest of that one word,
 * a few characters, is tokenized again, and nothing else is. {@link #suits} admits only
 * tokenizers built of those parts; for others the provider tokenizes each window's text.
 *
 * <p>Immutable and thread-safe: the tokenizer it calls for a word's rest guards itself.
 */
public final class WordTokens implements TokenizedText {

    private static final Set<String> NORMALIZERS = Set.of("BertNormalizer");

    private static final Set<String> POST_PROCESSORS = Set.of("BertProcessing", "TemplateProcessing");

    private final ModelTokenizer tokenizer;

    private final String modelId;

    private final String text;

    private final List<TokenSpan> tokens;

    private final long[] ids;

    private final boolean[] continuesWord; // whether token i is in the word of token i - 1

    WordTokens(
            ModelTokenizer tokenizer, String modelId, String text, List<TokenSpan> tokens, long[] ids, long[] words) {
        this.tokenizer = tokenizer;
        this.modelId = modelId;
        this.text = text;
        this.tokens = Collections.unmodifiableList(tokens);
        this.ids = ids;
        this.continuesWord = new boolean[ids.length];
        for (int i = 1; i < ids.length; i++) {
            // a token outside any word (an added token such as [MASK]) has the word id -1
            continuesWord[i] = words[i] >= 0 && words[i] == words[i - 1];
        }
    }

    /**
     * Tells whether a {@code tokenizer.json} describes a tokenizer whose windows this class
     * encodes exactly: BERT's normalizer or none, BERT's pre-tokenizer, WordPiece, and special
     * tokens added by BERT's post-processor, a template or none.
     *
     * @param json the file's bytes
     * @return {@code false} also for a file that cannot be parsed
     */
    static boolean suits(byte[] json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            return false;
        }
        return root != null
                && isNullOr(root.path("normalizer"), NORMALIZERS)
                && "BertPreTokenizer"
                        .equals(root.path("pre_tokenizer").path("type").asText())
                && "WordPiece".equals(root.path("model").path("type").asText())
                && isNullOr(root.path("post_processor"), POST_PROCESSORS);
    }

    private static boolean isNullOr(JsonNode node, Set<String> types) {
        return node.isNull() || types.contains(node.path("type").asText());
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public List<TokenSpan> tokens() {
        return tokens;
    }

    @Override
    public int tokenCount(TokenWindow window) {
        int rest = restOfFirstWord(window);
        if (rest < 0) {
            return window.size();
        }
        return ownIds(new TokenWindow(window.first(), rest)).length + window.last() - rest;
    }

    /**
     * Returns the ids the model reads for a window: those {@link ModelTokenizer#encode} gives for
     * the window's text.
     *
     * @throws IllegalArgumentException if the window reaches past the last token
     * @throws InferenceException if the tokenizer is closed or fails
     */
    public EncodedText encode(TokenWindow window) {
        int rest = restOfFirstWord(window);
        if (rest < 0) {
            return tokenizer.withSpecialTokens(Arrays.copyOfRange(ids, window.first(), window.last() + 1));
        }
        long[] head = ownIds(new TokenWindow(window.first(), rest));
        long[] own = Arrays.copyOf(head, head.length + window.last() - rest);
        System.arraycopy(ids, rest + 1, own, head.length, window.last() - rest);
        return tokenizer.withSpecialTokens(own);
    }

    /** Tells whether this text's tokens came from {@code tokenizer}. */
    public boolean madeBy(ModelTokenizer tokenizer) {
        return this.tokenizer == tokenizer;
    }

    /**
     * Returns the index of the window's last token in the word the window starts inside, or -1
     * if the window starts at a word's start.
     */
    private int restOfFirstWord(TokenWindow window) {
        if (window == null || window.last() >= ids.length) {
            throw new IllegalArgumentException("token window " + window + " is not within the " + ids.length
                    + " tokens of the text; give a window of indexes from 0 to " + (ids.length - 1));
        }
        if (!continuesWord[window.first()]) {
            return -1;
        }
        int rest = window.first();
        while (rest < window.last() && continuesWord[rest + 1]) {
            rest++;
        }
        return rest;
    }

    private long[] ownIds(TokenWindow head) {
        try {
            return tokenizer.ownIds(text(head));
        } catch (IllegalStateException e) {
            throw new InferenceException(
                    "model '" + modelId + "' cannot read a window of a text: " + e.getMessage()
                            + "; tokenize the text again with a running provider",
                    e);
        }
    }
}
