package dev.strata.inference.onnx;

/**
 * How the local model runs. Immutable.
 *
 * @param providerId the provider's id, for messages and {@code ModelInfo}
 * @param modelId the id under which the model is served
 * @param batchSize the most texts per model run, 1 or more
 * @param maxInputTokens the most tokens of one text, special tokens left out, from 1 to {@value
 *     OnnxEmbedder#MAX_TEXT_TOKENS}
 * @param threads the threads one model run uses; 0 for ONNX Runtime's default, one per core
 */
public record OnnxSettings(String providerId, String modelId, int batchSize, int maxInputTokens, int threads) {

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException naming the setting, its value and what it takes
     */
    public OnnxSettings {
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("model_id of provider '" + providerId + "' is blank; give the id"
                    + " under which the model is served, such as all-MiniLM-L6-v2");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException(
                    "batch_size of provider '" + providerId + "' is " + batchSize + "; use 1 or more");
        }
        if (maxInputTokens < 1 || maxInputTokens > OnnxEmbedder.MAX_TEXT_TOKENS) {
            throw new IllegalArgumentException("max_input_tokens of provider '" + providerId + "' is "
                    + maxInputTokens + "; use 1 to " + OnnxEmbedder.MAX_TEXT_TOKENS
                    + " (the model has 512 positions, two of them for [CLS] and [SEP])");
        }
        if (threads < 0) {
            throw new IllegalArgumentException(
                    "threads of provider '" + providerId + "' is " + threads + "; use 0 for one per core, or more");
        }
    }
}
