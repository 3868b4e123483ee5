package dev.strata.vectorio.store;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The attempts of file batches running in this provider, by batch, so that a cancel reaches the
 * attempt that runs its batch and answers once that attempt has settled the batch's files: a
 * cancel that answered at once would show counts that the files being committed still change.
 * Thread-safe.
 */
final class RunningBatches {

    private final ConcurrentMap<Key, BatchRun> runs = new ConcurrentHashMap<>();

    void add(String storeId, String batchId, BatchRun run) {
        runs.put(new Key(storeId, batchId), run);
    }

    void remove(String storeId, String batchId, BatchRun run) {
        runs.remove(new Key(storeId, batchId), run);
    }

    /** Whether an attempt of the batch runs in this provider now. */
    boolean isRunning(String storeId, String batchId) {
        return runs.containsKey(new Key(storeId, batchId));
    }

    /**
     * Asks the attempt that runs the batch, if one does, to stop for a cancel, and waits until
     * it has ended the batch or stopped.
     *
     * @param patience how long to wait at most
     * @return {@code true} if no attempt runs the batch, or it settled in time; {@code false} if
     *     it is still settling, or this thread was interrupted (its flag is set again)
     */
    boolean cancel(String storeId, String batchId, Duration patience) {
        BatchRun run = runs.get(new Key(storeId, batchId));
        if (run == null) {
            return true;
        }
        run.cancel();
        try {
            return run.awaitSettled(patience);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private record Key(String storeId, String batchId) {}
}
