package dev.strata.vectorio.catalog;

import dev.strata.api.vectorio.FileCounts;
import dev.strata.api.vectorio.VectorStoreFileStatus;

/** Counts files by status, one at a time. Not thread-safe. */
final class StatusTally {

    private final long[] counts = new long[VectorStoreFileStatus.values().length];

    void add(VectorStoreFileStatus status) {
        counts[status.ordinal()]++;
    }

    FileCounts counts() {
        return FileCounts.of(
                counts[VectorStoreFileStatus.IN_PROGRESS.ordinal()],
                counts[VectorStoreFileStatus.COMPLETED.ordinal()],
                counts[VectorStoreFileStatus.FAILED.ordinal()],
                counts[VectorStoreFileStatus.CANCELLED.ordinal()]);
    }
}
