package dev.strata.vectorio.store;

import dev.strata.api.inference.Inference;
import dev.strata.api.inference.ModelInfo;
import dev.strata.api.vectorio.ChunkingStrategy;
import dev.strata.vectorio.catalog.StoreRecord;
import dev.strata.vectorio.chunk.ChunkSize;
import dev.strata.vectorio.chunk.ChunkSizing;
import java.util.List;

/** The embedding models the provider's inference service serves, and chunk sizes that fit them. */
final class Models {

    private final Inference inference;
    private final String defaultModelOrNull;

    Models(Inference inference, String defaultModelOrNull) {
        this.inference = inference;
        this.defaultModelOrNull = defaultModelOrNull;
    }

    /**
     * Returns the model a store is made with.
     *
     * @param idOrNull the model asked for; {@code null} for the provider's default
     * @throws IllegalArgumentException if the inference service does not serve it, listing those
     *     it serves
     * @throws IllegalStateException if it serves no model at all
     */
    ModelInfo model(String idOrNull) {
        List<ModelInfo> models = inference.models();
        if (models.isEmpty()) {
            throw new IllegalStateException("the inference provider serves no embedding model yet; wait until"
                    + " stack:providers shows it active");
        }
        String id = idOrNull != null
                ? idOrNull
                : defaultModelOrNull != null
                        ? defaultModelOrNull
                        : models.get(0).id();
        return models.stream()
                .filter(model -> model.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("embedding model '" + id + "' is not served by the"
                        + " inference provider; it serves "
                        + models.stream().map(ModelInfo::id).toList()
                        + (idOrNull == null ? "; fix embedding_model in the vector_io provider's config" : "")));
    }

    /**
     * Returns the chunk size a strategy gives for a store's model.
     *
     * @throws IllegalArgumentException if the strategy asks for chunks the model cannot read
     * @throws IllegalStateException if the store's model is not served now
     */
    ChunkSize size(StoreRecord store, ChunkingStrategy strategy) {
        ModelInfo model;
        try {
            model = model(store.embeddingModel());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "vector store " + store.id() + " embeds with " + store.embeddingModel()
                            + ", which is not served now: " + e.getMessage(),
                    e);
        }
        return ChunkSizing.resolve(strategy, model);
    }
}
