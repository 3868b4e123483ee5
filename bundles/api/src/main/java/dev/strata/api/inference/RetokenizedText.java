package dev.strata.api.inference;

import java.util.List;

/**
 * The {@link TokenizedText} of a provider that keeps nothing of a tokenization: each window is
 * counted by tokenizing its text again through {@link Inference#tokenize}, which is what a caller
 * without {@link Inference#tokenizeText} would do. Immutable; as thread-safe as its provider.
 */
final class RetokenizedText implements TokenizedText {

    private final Inference inference;

    private final String modelId;

    private final String text;

    private final List<TokenSpan> tokens;

    RetokenizedText(Inference inference, String modelId, String text, List<TokenSpan> tokens) {
        this.inference = inference;
        this.modelId = modelId;
        this.text = text;
        this.tokens = List.copyOf(tokens);
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
        return inference.tokenize(modelId, text(window)).size();
    }
}
