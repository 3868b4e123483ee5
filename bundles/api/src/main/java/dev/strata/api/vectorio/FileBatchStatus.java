package dev.strata.api.vectorio;

import dev.strata.api.common.WireNamed;
import org.osgi.annotation.versioning.ProviderType;

/** The status of a file batch, with OpenAI's wire names. */
@ProviderType
public enum FileBatchStatus implements WireNamed {
    /** Its job is pending or running: {@code "in_progress"}. */
    IN_PROGRESS("in_progress"),
    /** Every file was processed, each completed or failed: {@code "completed"}. */
    COMPLETED("completed"),
    /** Cancelled; files not yet processed were cancelled: {@code "cancelled"}. */
    CANCELLED("cancelled"),
    /** Its job failed for good: {@code "failed"}. */
    FAILED("failed");

    private final String wireName;

    FileBatchStatus(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the status with the given wire name.
     *
     * @param name a wire name such as {@code "cancelled"}
     * @return the status, never {@code null}
     * @throws IllegalArgumentException if no status has that name; the message lists them
     */
    public static FileBatchStatus fromWireName(String name) {
        return WireNamed.lookup(FileBatchStatus.class, "file batch status", name);
    }
}
