package dev.strata.inference.openai;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How a remote provider reaches its endpoint. Immutable.
 *
 * @param providerId the provider's id, for messages and {@code ModelInfo}
 * @param baseUrl the API's base, such as {@code https://api.openai.com/v1}; requests go to its
 *     {@code /embeddings}
 * @param modelId the model's id, as the endpoint knows it
 * @param dimension the length of its vectors; a response of another length is refused
 * @param maxInputTokens the most tokens of one text the model reads
 * @param batchSize the most texts per request
 * @param encodingFormat how vectors are asked to come
 * @param apiKey the bearer token, empty for an endpoint that takes none
 * @param timeout how long one request may take, connecting included
 * @param connectTimeout how long connecting may take
 * @param retry when and how requests are sent again
 * @param tokenizerPath the model's {@code tokenizer.json}, if configured: then texts are counted
 *     before they are sent, and {@code tokenize} works
 */
public record OpenAiSettings(
        String providerId,
        URI baseUrl,
        String modelId,
        int dimension,
        int maxInputTokens,
        int batchSize,
        EncodingFormat encodingFormat,
        Optional<String> apiKey,
        Duration timeout,
        Duration connectTimeout,
        RetryPolicy retry,
        Optional<Path> tokenizerPath) {

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException naming the setting, its value and what it takes
     */
    public OpenAiSettings {
        String scheme = baseUrl.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("base_url of provider '" + providerId + "' is '" + baseUrl
                    + "'; give an http or https URL such as https://api.openai.com/v1 or http://127.0.0.1:11434/v1");
        }
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("model_id of provider '" + providerId + "' is blank; give the model"
                    + " the endpoint serves, such as text-embedding-3-small");
        }
        positive(providerId, "dimension", dimension);
        positive(providerId, "max_input_tokens", maxInputTokens);
        positive(providerId, "batch_size", batchSize);
        if (timeout.isNegative() || timeout.isZero() || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("timeout (" + timeout + ") and connect_timeout (" + connectTimeout
                    + ") of provider '" + providerId + "' must be longer than 0");
        }
    }

    /** The URL requests go to. */
    public URI endpoint() {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/embeddings");
    }

    private static void positive(String providerId, String setting, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(
                    setting + " of provider '" + providerId + "' is " + value + "; use 1 or more");
        }
    }
}
