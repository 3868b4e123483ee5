package dev.strata.api.inference;

import dev.strata.api.common.ProviderProperties;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Embeds texts with the models a provider serves, and tokenizes text as those models do.
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
}
