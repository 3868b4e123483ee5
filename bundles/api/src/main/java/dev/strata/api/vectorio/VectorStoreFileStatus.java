package dev.strata.api.vectorio;

import dev.strata.api.common.WireNamed;
import org.osgi.annotation.versioning.ProviderType;

/** The status of a file in a vector store, with OpenAI's wire names. */
@ProviderType
public enum VectorStoreFileStatus implements WireNamed {
    /** Being read, chunked and embedded: {@code "in_progress"}. */
    IN_PROGRESS("in_progress"),
    /** Indexed and searchable: {@code "completed"}. */
    COMPLETED("completed"),
    /** Could not be indexed; {@link VectorStoreFile#lastError()} says why: {@code "failed"}. */
    FAILED("failed"),
    /** Its ingestion was cancelled before it finished: {@code "cancelled"}. */
    CANCELLED("cancelled");

    private final String wireName;

    VectorStoreFileStatus(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the status with the given wire name.
     *
     * @param name a wire name such as {@code "completed"}
     * @return the status, never {@code null}
     * @throws IllegalArgumentException if no status has that name; the message lists them
     */
    public static VectorStoreFileStatus fromWireName(String name) {
        return WireNamed.lookup(VectorStoreFileStatus.class, "vector store file status", name);
    }
}
