package dev.strata.vectorio.catalog;

import dev.strata.api.vectorio.ChunkingStrategy;
import dev.strata.api.vectorio.ExpiresAfter;
import dev.strata.api.vectorio.FileCounts;
import dev.strata.api.vectorio.VectorStore;
import dev.strata.api.vectorio.VectorStoreStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What the catalog keeps of a vector store. File counts and usage are not kept here: they are
 * counted from the file records when a store is shown. Immutable.
 *
 * @param id the store's id, never {@code null} or blank
 * @param name its name, never {@code null}; may be empty
 * @param createdAt when it was created, never {@code null}; the listing orders by it
 * @param lastActiveAt when it was last changed or searched, never {@code null}
 * @param metadata the caller's string pairs, sorted by key, never {@code null}
 * @param expiresAfterOrNull its expiry policy; {@code null} for none
 * @param embeddingModel the id of the model its chunks are embedded with, never {@code null}
 * @param dimension the length of that model's vectors, 1 or more
 * @param chunking how its files are chunked when a request names no strategy, never {@code
 *     null}
 */
public record StoreRecord(
        String id,
        String name,
        Instant createdAt,
        Instant lastActiveAt,
        Map<String, String> metadata,
        ExpiresAfter expiresAfterOrNull,
        String embeddingModel,
        int dimension,
        ChunkingStrategy chunking) {

    /**
     * Validates the record and copies the metadata; {@code null} metadata becomes empty.
     *
     * @throws IllegalArgumentException if a field that may not be {@code null} is, or {@code
     *     dimension} is below 1
     */
    public StoreRecord {
        Require.text("store id", id);
        Require.nonNull("name of store '" + id + "'", name);
        Require.nonNull("created_at of store '" + id + "'", createdAt);
        Require.nonNull("last_active_at of store '" + id + "'", lastActiveAt);
        metadata = JsonScalars.metadata("store '" + id + "'", metadata);
        Require.text("embedding model of store '" + id + "'", embeddingModel);
        if (dimension < 1) {
            throw new IllegalArgumentException(
                    "dimension of store '" + id + "' is " + dimension + "; use the model's vector length, 1 or more");
        }
        Require.nonNull("chunking strategy of store '" + id + "'", chunking);
    }

    /**
     * Returns this record with another last activity time, as a change or a search leaves it.
     *
     * @param instant the new {@link #lastActiveAt()}, not {@code null}
     * @return a new record; this one is unchanged
     */
    public StoreRecord withLastActiveAt(Instant instant) {
        return new StoreRecord(
                id, name, createdAt, instant, metadata, expiresAfterOrNull, embeddingModel, dimension, chunking);
    }

    /**
     * Returns when the store expires: {@link #lastActiveAt()} plus the policy's days.
     *
     * @return the instant, or {@code null} if the store has no expiry policy
     */
    public Instant expiresAtOrNull() {
        return expiresAfterOrNull == null ? null : lastActiveAt.plus(Duration.ofDays(expiresAfterOrNull.days()));
    }

    /**
     * Returns whether the store has expired at an instant: from its {@link #expiresAtOrNull()}
     * on.
     *
     * @param now the instant to judge at, not {@code null}
     * @return {@code true} if it has an expiry and {@code now} is not before it
     */
    public boolean isExpiredAt(Instant now) {
        Instant expiresAt = expiresAtOrNull();
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /**
     * Returns the store as the API shows it. Its status is {@code expired} from its expiry on,
     * else {@code in_progress} while any file is, else {@code completed}.
     *
     * @param counts its files by status, not {@code null}
     * @param usageBytes the bytes its chunks take, 0 or more
     * @param now the instant to judge expiry at, not {@code null}
     * @return the snapshot, never {@code null}
     * @throws IllegalArgumentException if an argument is {@code null} or negative
     */
    public VectorStore toVectorStore(FileCounts counts, long usageBytes, Instant now) {
        Require.nonNull("file counts", counts);
        Require.nonNull("now", now);
        VectorStoreStatus status;
        if (isExpiredAt(now)) {
            status = VectorStoreStatus.EXPIRED;
        } else if (counts.inProgress() > 0) {
            status = VectorStoreStatus.IN_PROGRESS;
        } else {
            status = VectorStoreStatus.COMPLETED;
        }
        return new VectorStore(
                id,
                name,
                createdAt,
                lastActiveAt,
                status,
                usageBytes,
                counts,
                metadata,
                expiresAfterOrNull,
                expiresAtOrNull(),
                embeddingModel,
                dimension,
                chunking);
    }
}
