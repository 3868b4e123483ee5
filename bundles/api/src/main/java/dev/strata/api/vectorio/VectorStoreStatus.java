package dev.strata.api.vectorio;

import dev.strata.api.common.WireNamed;
import org.osgi.annotation.versioning.ProviderType;

/** A vector store's status, with OpenAI's wire names. */
@ProviderType
public enum VectorStoreStatus implements WireNamed {
    /** Past its expiry; it can no longer be searched or changed: {@code "expired"}. */
    EXPIRED("expired"),
    /** Files are being ingested; search sees the chunks indexed so far: {@code "in_progress"}. */
    IN_PROGRESS("in_progress"),
    /** Every attached file is processed; ready to search: {@code "completed"}. */
    COMPLETED("completed");

    private final String wireName;

    VectorStoreStatus(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the status with the given wire name.
     *
     * @param name a wire name such as {@code "in_progress"}
     * @return the status, never {@code null}
     * @throws IllegalArgumentException if no status has that name; the message lists them
     */
    public static VectorStoreStatus fromWireName(String name) {
        return WireNamed.lookup(VectorStoreStatus.class, "vector store status", name);
    }
}
