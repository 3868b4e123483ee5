package dev.strata.api.inference;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A text tokenized once by a model's tokenizer, whose windows of tokens can be counted and
 * embedded without the caller tokenizing the text again: {@link Inference#tokenizeText} makes
 * it, {@link Inference#embedWindows} embeds its windows.
 *
 * <p>A window's text runs from its first token's start to its last token's end, and the model
 * reads it as it would read that text on its own, given to {@link Inference#embed}. That may take
 * more tokens than the window holds: a subword tokenizer reads the rest of a word that a window
 * starts inside ({@code "ization"} of {@code "tokenization"}) as a word of its own, which can
 * take a token more. {@link #tokenCount} answers how many.
 *
 * <p>Safe to use from several threads. It holds the text and its tokens; once the provider that
 * made it stops, {@link #tokenCount} may throw {@link InferenceException}.
 *
 * @since 1.1
 */
@ProviderType
public interface TokenizedText {

    /**
     * Returns the model whose tokenizer read the text.
     *
     * @return the model's id, never {@code null}
     */
    String modelId();

    /**
     * Returns the text that was tokenized.
     *
     * @return the text, never {@code null}
     */
    String text();

    /**
     * Returns the text's tokens, as {@link Inference#tokenize} returns them: special tokens left
     * out, in order.
     *
     * @return an unmodifiable list, never {@code null}; empty for a text without tokens
     */
    List<TokenSpan> tokens();

    /**
     * Returns how many tokens the model reads from a window's text on its own, special tokens
     * left out: the figure {@link ModelInfo#maxInputTokens()} limits.
     *
     * @param window a window of {@link #tokens()}, not {@code null}
     * @return 1 or more; {@link TokenWindow#size()} unless the window starts inside a word
     * @throws IllegalArgumentException if {@code window} is {@code null} or reaches past the
     *     last token
     * @throws InferenceException if the tokenizer fails or its provider has stopped
     */
    int tokenCount(TokenWindow window);

    /**
     * Returns a window's text: from its first token's start to its last token's end, with
     * whatever lies between its tokens.
     *
     * @param window a window of {@link #tokens()}, not {@code null}
     * @return a substring of {@link #text()}, never {@code null}
     * @throws IllegalArgumentException if {@code window} is {@code null} or reaches past the
     *     last token; the message names the window and the count of tokens
     */
    default String text(TokenWindow window) {
        List<TokenSpan> tokens = tokens();
        if (window == null || window.last() >= tokens.size()) {
            throw new IllegalArgumentException("token window " + window + " is not within the " + tokens.size()
                    + " tokens of the text; give a window of indexes from 0 to " + (tokens.size() - 1));
        }
        return text().substring(
                        tokens.get(window.first()).start(),
                        tokens.get(window.last()).end());
    }
}
