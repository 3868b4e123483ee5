package dev.strata.vectorio.catalog;

import dev.strata.api.vectorio.FileCounts;
import dev.strata.api.vectorio.VectorStoreFileStatus;

/**
 * Counts files by status: from none, adding one file at a time, or from counts kept before,
 * moving one file at a time from one status to another. Not thread-safe.
 */
final class StatusTally {

    private final long[] counts = new long[VectorStoreFileStatus.values().length];

    StatusTally() {}

    StatusTally(FileCounts start) {
        counts[VectorStoreFileStatus.IN_PROGRESS.ordinal()] = start.inProgress();
        counts[VectorStoreFileStatus.COMPLETED.ordinal()] = start.completed();
        counts[VectorStoreFileStatus.FAILED.ordinal()] = start.failed();
        counts[VectorStoreFileStatus.CANCELLED.ordinal()] = start.cancelled();
    }

    void add(VectorStoreFileStatus status) {
        counts[status.ordinal()]++;
    }

    /**
     * Moves one file from one status to another.
     *
     * @return {@code false}, changing nothing, if no file is counted with {@code from}: the counts
     *     do not describe the files they were kept for
     */
    boolean move(VectorStoreFileStatus from, VectorStoreFileStatus to) {
        if (counts[from.ordinal()] == 0) {
            return false;
        }
        counts[from.ordinal()]--;
        counts[to.ordinal()]++;
        return true;
    }

    FileCounts counts() {
        return FileCounts.of(
                counts[VectorStoreFileStatus.IN_PROGRESS.ordinal()],
                counts[VectorStoreFileStatus.COMPLETED.ordinal()],
                counts[VectorStoreFileStatus.FAILED.ordinal()],
                counts[VectorStoreFileStatus.CANCELLED.ordinal()]);
    }
}
