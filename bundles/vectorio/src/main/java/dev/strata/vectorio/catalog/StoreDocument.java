package dev.strata.vectorio.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.strata.api.vectorio.ExpiresAfter;
import java.time.Instant;
import java.util.Map;

/**
 * The JSON form of a {@link StoreRecord}, in the snake_case of OpenAI's vector store object, so
 * that an operator reading the KV store ({@code kv:get}) sees the names they know. {@code
 * format} numbers the layout; readers accept unknown fields, so a later version may add some.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StoreDocument(
        @JsonProperty("format") Integer format,
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("last_active_at") Instant lastActiveAt,
        @JsonProperty("metadata") Map<String, String> metadata,
        @JsonProperty("expires_after") Expiry expiresAfter,
        @JsonProperty("embedding_model") String embeddingModel,
        @JsonProperty("embedding_dimension") Integer embeddingDimension,
        @JsonProperty("chunking_strategy") ChunkingDocument chunkingStrategy) {

    /** OpenAI's {@code expires_after}: an anchor and a number of days. */
    record Expiry(
            @JsonProperty("anchor") String anchor,
            @JsonProperty("days") Integer days) {}

    static StoreDocument of(StoreRecord store) {
        ExpiresAfter expiry = store.expiresAfterOrNull();
        return new StoreDocument(
                RecordCodec.FORMAT,
                store.id(),
                store.name(),
                store.createdAt(),
                store.lastActiveAt(),
                store.metadata(),
                expiry == null ? null : new Expiry(ExpiresAfter.ANCHOR, expiry.days()),
                store.embeddingModel(),
                store.dimension(),
                ChunkingDocument.of(store.chunking()));
    }

    /**
     * Rebuilds the record.
     *
     * @throws IllegalArgumentException if a field is missing or breaks a rule of the record
     */
    StoreRecord toRecord() {
        return new StoreRecord(
                id,
                name,
                createdAt,
                lastActiveAt,
                metadata,
                expiresAfter == null ? null : expiry(expiresAfter),
                embeddingModel,
                Require.nonNull("embedding_dimension", embeddingDimension),
                ChunkingDocument.required(chunkingStrategy));
    }

    private static ExpiresAfter expiry(Expiry expiry) {
        if (!ExpiresAfter.ANCHOR.equals(expiry.anchor())) {
            throw new IllegalArgumentException(
                    "expires_after.anchor is '" + expiry.anchor() + "'; the only anchor is " + ExpiresAfter.ANCHOR);
        }
        return new ExpiresAfter(Require.nonNull("expires_after.days", expiry.days()));
    }
}
