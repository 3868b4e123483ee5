package dev.strata.api.inference;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A model an {@link Inference} provider serves. Immutable.
 *
 * @param id the model's id, as {@link Inference#embed} takes it, never {@code null} or blank
 * @param dimension the length of its vectors, 1 or more
 * @param maxInputTokens the most tokens it reads from one text, 1 or more
 * @param providerId the {@code provider.id} of the provider that serves it, never {@code
 *     null} or blank
 */
@ProviderType
public record ModelInfo(String id, int dimension, int maxInputTokens, String providerId) {

    /**
     * Validates the record.
     *
     * @throws IllegalArgumentException if a string is {@code null} or blank, or a number is
     *     below 1
     */
    public ModelInfo {
        requireText("id", id);
        requireText("providerId", providerId);
        if (dimension < 1) {
            throw new IllegalArgumentException(
                    "dimension of model '" + id + "' is " + dimension + "; use the length of its vectors, 1 or more");
        }
        if (maxInputTokens < 1) {
            throw new IllegalArgumentException(
                    "maxInputTokens of model '" + id + "' is " + maxInputTokens + "; use 1 or more");
        }
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is " + (value == null ? "null" : "blank") + "; give a name");
        }
    }
}
