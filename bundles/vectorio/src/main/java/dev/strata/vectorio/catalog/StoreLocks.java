package dev.strata.vectorio.catalog;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Makes the writers of one store's records take turns. A batch's counts are read, changed and
 * written back in the same KV write as the file records that change them; the KV store's atomic
 * batch write takes no condition, so a compare-and-set cannot guard it, and two writers that read
 * the same counts would each write their own change over the other's. Under the store's lock the
 * read and the write are one step.
 *
 * <p>Locks are striped: stores whose ids share a stripe also take turns, which costs little, as
 * writes are few and short. A lock is held across KV calls only (the KV store never calls back
 * into the catalog), and a writer holds one at a time, so there is no lock order to keep. The
 * locks serve one process: a store is written by one Strata process.
 */
final class StoreLocks {

    private static final int STRIPES = 64;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    StoreLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Runs {@code work} holding the lock of the store. */
    <T> T with(String storeId, Supplier<T> work) {
        ReentrantLock lock = stripes[Math.floorMod(storeId.hashCode(), STRIPES)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
