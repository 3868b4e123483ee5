package dev.strata.scheduler.engine;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Locks for jobs that have no {@link ActiveJob}: a finished job being deleted, retried or
 * cancelled from its stored record. Striped by id, so rare operations on different jobs seldom
 * meet, with no lock object kept per finished job. Taken before any job lock.
 */
final class IdLocks {

    private static final int STRIPES = 64;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    IdLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    ReentrantLock of(String id) {
        return stripes[Math.floorMod(id.hashCode(), STRIPES)];
    }
}
