package dev.strata.vectorio.catalog;

import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.VectorStoreFileStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The changes one catalog write makes to the counts of the batches whose files it changes, so
 * that they go into the same KV write as the file records.
 *
 * <p>The rule kept: the counts of a batch in progress are the tally of the status it reports
 * for each of its files ({@link BatchView#status}). So a changed file record moves one count of
 * each batch in progress that lists the file and now reports another status for it: the batch
 * the new record names, and the batch the old record named, which loses the file to waiting if
 * another attach takes it. A batch that has ended keeps its counts: they are final.
 *
 * <p>Not thread-safe: one write's worth, made under the store's lock.
 */
final class CountChanges {

    private final Function<String, Optional<BatchRecord>> batchById;
    private final Map<String, Optional<BatchRecord>> batches = new HashMap<>();
    private final Map<String, StatusTally> tallies = new LinkedHashMap<>();
    private final Set<String> disagreeing = new LinkedHashSet<>();

    /** @param batchById reads a batch of the store the write changes */
    CountChanges(Function<String, Optional<BatchRecord>> batchById) {
        this.batchById = batchById;
    }

    /**
     * Counts one file's change.
     *
     * @param oldOrNull its record before, {@code null} if it had none
     * @param newOrNull its record after, {@code null} if it is deleted
     */
    void change(String fileId, FileRecord oldOrNull, FileRecord newOrNull) {
        Set<String> named = new LinkedHashSet<>(2);
        if (oldOrNull != null && oldOrNull.batchIdOrNull() != null) {
            named.add(oldOrNull.batchIdOrNull());
        }
        if (newOrNull != null && newOrNull.batchIdOrNull() != null) {
            named.add(newOrNull.batchIdOrNull());
        }
        for (String batchId : named) {
            VectorStoreFileStatus from = BatchView.status(batchId, FileBatchStatus.IN_PROGRESS, oldOrNull);
            VectorStoreFileStatus to = BatchView.status(batchId, FileBatchStatus.IN_PROGRESS, newOrNull);
            if (from != to) {
                move(batchId, fileId, from, to);
            }
        }
    }

    /** The batches whose counts the write changes, with their new counts. */
    List<BatchRecord> changed() {
        List<BatchRecord> changed = new ArrayList<>(tallies.size());
        tallies.forEach((batchId, tally) -> {
            BatchRecord batch = batches.get(batchId).orElseThrow();
            if (!tally.counts().equals(batch.counts())) {
                changed.add(batch.withCounts(tally.counts()));
            }
        });
        return changed;
    }

    /**
     * The batches whose kept counts had no file in a status the write takes a file from: their
     * counts no longer describe their files, so they are to be counted again from the records.
     */
    Set<String> disagreeing() {
        return disagreeing;
    }

    private void move(String batchId, String fileId, VectorStoreFileStatus from, VectorStoreFileStatus to) {
        Optional<BatchRecord> batch = batches.computeIfAbsent(batchId, batchById);
        if (batch.isEmpty()
                || batch.get().status() != FileBatchStatus.IN_PROGRESS
                || !batch.get().fileIds().contains(fileId)
                || disagreeing.contains(batchId)) {
            return;
        }
        StatusTally tally = tallies.computeIfAbsent(
                batchId, id -> new StatusTally(batch.get().counts()));
        if (!tally.move(from, to)) {
            tallies.remove(batchId);
            disagreeing.add(batchId);
        }
    }
}
