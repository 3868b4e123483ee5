package dev.strata.api.inference;

import dev.strata.api.common.ProviderProperties;
import java.util.ArrayList;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Embeds texts with the models a provider serves, and tokenizes text as those models do; a
 * text tokenized once can have windows of its tokens counted and embedded ({@link
 * #tokenizeText}, since 1.1).
 *
 * <p>All methods are safe to call from many threads at once; a provider may queue calls to a
 * model that runs one batch at a time. A {@code null} or invalid argument throws {@link
 * IllegalArgumentException}; a model id the provider does not serve throws {@link
 * UnknownModelException}; a failing model or remote endpoint throws {@link
 * InferenceException}. The service carries the {@link ProviderProperties} of its provider.
 */
@ProviderType
public interface Inference {

    /**
     * Embeds texts, one vector per text, in the order given.
     *
     * @param modelId the model's id, one of {@link #models()}
     * @param texts the texts, not {@code null}, no {@code null} element; each within the
     *     model's {@link ModelInfo#maxInputTokens()}; empty returns an empty result without
     *     calling the model
     * @return the vectors, each of the model's {@link ModelInfo#dimension()}, never {@code null}
     * @throws IllegalArgumentException if {@code modelId}, {@code texts} or an element is
     *     {@code null}, or a
     *     text is longer than the model accepts; the message names the index, its token count
     *     and the limit
     * @throws UnknownModelException if the provider does not serve {@code modelId}
     * @throws InferenceException if the model or remote endpoint fails
     */
    Embeddings embed(String modelId, List<String> texts);

    /**
     * Lists the models this provider serves now.
     *
     * @return a snapshot, never {@code null}; empty while no model is loaded
     */
    List<ModelInfo> models();

    /**
     * Splits a text into tokens with the model's own tokenizer, so that callers can cut text
     * into chunks that fit the model. Texts of any length are accepted; special tokens the
     * model adds around an input are left out.
     *
     * @param modelId the model's id, one of {@link #models()}
     * @param text the text, not {@code null}; empty returns an empty list
     * @return the tokens' character ranges in {@code text}, in order, never {@code null}
     * @throws IllegalArgumentException if {@code modelId} or {@code text} is {@code null}
     * @throws UnknownModelException if the provider does not serve {@code modelId}
     * @throws InferenceException if the tokenizer fails or cannot be loaded
     */
    List<TokenSpan> tokenize(String modelId, String text);

    /**
     * Tokenizes a text once, so that windows of its tokens can be counted ({@link
     * TokenizedText#tokenCount}) and embedded ({@link #embedWindows}) without tokenizing the text
     * again, as a caller that cuts a document into chunks needs. The tokens are those {@link
     * #tokenize} returns.
     *
     * <p>The default keeps nothing but the tokens: it counts a window by tokenizing the window's
     * text again, and {@link #embedWindows} embeds the windows' texts. A provider overrides both
     * when its model can read a window from the text's tokens.
     *
     * @param modelId the model's id, one of {@link #models()}
     * @param text the text, not {@code null}; empty gives no tokens
     * @return the tokenized text, never {@code null}
     * @throws IllegalArgumentException if {@code modelId} or {@code text} is {@code null}
     * @throws UnknownModelException if the provider does not serve {@code modelId}
     * @throws InferenceException if the tokenizer fails or cannot be loaded
     * @since 1.1
     */
    default TokenizedText tokenizeText(String modelId, String text) {
        return new RetokenizedText(this, modelId, text, tokenize(modelId, text));
    }

    /**
     * Embeds windows of a tokenized text, one vector per window, in the order given: the vectors
     * {@link #embed} gives for the windows' texts ({@link TokenizedText#text(TokenWindow)}).
     *
     * <p>The default embeds the windows' texts. A provider that made {@code text} with its own
     * {@link #tokenizeText} may embed a window from the tokens it kept, without tokenizing the
     * window's text again; it embeds the texts of a {@code TokenizedText} it did not make.
     *
     * @param text the tokenized text, not {@code null}, of one of {@link #models()}
     * @param windows windows of {@code text}'s tokens, not {@code null}, no {@code null}
     *     element; each of at most the model's {@link ModelInfo#maxInputTokens()} tokens by
     *     {@link TokenizedText#tokenCount}; empty returns an empty result without calling the
     *     model
     * @return the vectors, each of the model's {@link ModelInfo#dimension()}, never {@code null}
     * @throws IllegalArgumentException if an argument or a window is {@code null}, a window
     *     reaches past the text's last token, or the model reads more tokens from a window than
     *     it accepts; the message names the window's index
     * @throws UnknownModelException if the provider does not serve {@code text}'s model
     * @throws InferenceException if the model or remote endpoint fails
     * @since 1.1
     */
    default Embeddings embedWindows(TokenizedText text, List<TokenWindow> windows) {
        if (text == null || windows == null) {
            throw new IllegalArgumentException("tokenized text and windows are " + (text == null ? "null" : "set")
                    + " and " + (windows == null ? "null" : "set") + "; pass both, an empty list for no windows");
        }
        List<String> texts = new ArrayList<>(windows.size());
        for (int i = 0; i < windows.size(); i++) {
            if (windows.get(i) == null) {
                throw new IllegalArgumentException("window " + i + " is null; pass a window of the text's tokens");
            }
            texts.add(text.text(windows.get(i)));
        }
        return embed(text.modelId(), texts);
    }
}
