package dev.strata.inference;

import dev.strata.api.inference.Inference;
import dev.strata.api.inference.ModelInfo;
import dev.strata.api.inference.TokenWindow;
import dev.strata.api.inference.TokenizedText;
import dev.strata.api.inference.UnknownModelException;
import java.util.List;

/** The argument checks every {@link Inference} method of a one-model provider makes first. */
final class ModelCalls {

    private ModelCalls() {}

    /**
     * @throws IllegalArgumentException if {@code modelId}, {@code texts} or a text is {@code null}
     * @throws UnknownModelException if {@code modelId} is not the served model's
     */
    static void checkEmbed(ModelInfo served, String modelId, List<String> texts) {
        checkModel(served, modelId);
        if (texts == null) {
            throw new IllegalArgumentException("texts is null; pass a list of texts, empty for none");
        }
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) == null) {
                throw new IllegalArgumentException("text " + i + " is null; pass a text, empty if need be");
            }
        }
    }

    /**
     * @throws IllegalArgumentException if {@code modelId} or {@code text} is {@code null}
     * @throws UnknownModelException if {@code modelId} is not the served model's
     */
    static void checkTokenize(ModelInfo served, String modelId, String text) {
        checkModel(served, modelId);
        if (text == null) {
            throw new IllegalArgumentException("text is null; pass a text, empty if need be");
        }
    }

    /**
     * @throws IllegalArgumentException if {@code text}, {@code windows} or a window is {@code
     *     null}
     * @throws UnknownModelException if {@code text} is not of the served model
     */
    static void checkWindows(ModelInfo served, TokenizedText text, List<TokenWindow> windows) {
        if (text == null || windows == null) {
            throw new IllegalArgumentException("tokenized text and windows are " + (text == null ? "null" : "set")
                    + " and " + (windows == null ? "null" : "set") + "; pass both, an empty list for no windows");
        }
        checkModel(served, text.modelId());
        for (int i = 0; i < windows.size(); i++) {
            if (windows.get(i) == null) {
                throw new IllegalArgumentException("window " + i + " is null; pass a window of the text's tokens");
            }
        }
    }

    private static void checkModel(ModelInfo served, String modelId) {
        if (modelId == null) {
            throw new IllegalArgumentException("modelId is null; use one of the ids models() lists: " + served.id());
        }
        if (!served.id().equals(modelId)) {
            throw new UnknownModelException(modelId, List.of(served.id()));
        }
    }
}
