package dev.strata.api.vectorio;

import org.osgi.annotation.versioning.ProviderType;

/**
 * How many files of a vector store or file batch are in each status, OpenAI's {@code
 * file_counts}. Immutable.
 *
 * @param inProgress files being ingested, 0 or more
 * @param completed files indexed, 0 or more
 * @param failed files that could not be indexed, 0 or more
 * @param cancelled files whose ingestion was cancelled, 0 or more
 * @param total the sum of the four counts
 */
@ProviderType
public record FileCounts(long inProgress, long completed, long failed, long cancelled, long total) {

    /** No files at all. */
    public static final FileCounts NONE = new FileCounts(0, 0, 0, 0, 0);

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if a count is negative or {@code total} is not their sum
     */
    public FileCounts {
        Checks.requireCount("in_progress", inProgress);
        Checks.requireCount("completed", completed);
        Checks.requireCount("failed", failed);
        Checks.requireCount("cancelled", cancelled);
        long sum = inProgress + completed + failed + cancelled;
        if (total != sum) {
            throw new IllegalArgumentException(
                    "total is " + total + " but the counts add up to " + sum + "; total is their sum");
        }
    }

    /**
     * Returns counts with the total computed.
     *
     * @param inProgress files being ingested
     * @param completed files indexed
     * @param failed files that could not be indexed
     * @param cancelled files whose ingestion was cancelled
     * @return the counts
     * @throws IllegalArgumentException if a count is negative
     */
    public static FileCounts of(long inProgress, long completed, long failed, long cancelled) {
        return new FileCounts(inProgress, completed, failed, cancelled, inProgress + completed + failed + cancelled);
    }
}
