package dev.strata.scheduler.engine;

import dev.strata.api.kvstore.KVStore;
import dev.strata.api.kvstore.KVStoreException;
import dev.strata.api.kvstore.KVWrite;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Joins the batches that threads write at the same time into one {@link KVStore#write}, so
 * that concurrent callers share one durable commit (group commit) instead of queueing for one
 * each.
 *
 * <p>The first caller to find no write in progress becomes the leader: it takes every batch
 * waiting, writes them together and wakes their owners. Callers that arrive meanwhile wait and
 * are taken by the next leader. A lone caller writes at once, with no hand-off. Each caller
 * returns only when its own batch is durable, or throws the failure that kept it from being
 * so. If the joint write is refused as bad input, every batch is written on its own, so one
 * caller's bad value never fails another's.
 *
 * <p>Closed-loop writers (4 threads scheduling as fast as they can) would otherwise alternate:
 * the first writer back after a commit leads alone while the others are still waking up. So a
 * leader that saw {@code n} batches in the previous joint write first waits for {@code n}
 * batches, at most half as long as that write took and never over {@value #MAX_GATHER_MICROS}
 * µs. A lone writer never waits: its previous write held one batch.
 *
 * <p>Waiting ignores interrupts (and restores the flag on return): a cancelled executor that
 * saves a checkpoint must not leave a write half known. Batches of one job never meet in one
 * joint write, because each job's writes are made one after the other under its lock.
 */
final class GroupCommit {

    private static final long MAX_GATHER_MICROS = 500;

    private final KVStore store;
    private final Object lock = new Object();
    private List<Batch> waiting = new ArrayList<>();
    private boolean writing;
    private int lastJointSize = 1;
    private long lastWriteNanos;

    GroupCommit(KVStore store) {
        this.store = store;
    }

    /**
     * Writes a batch durably, possibly together with other threads' batches.
     *
     * @throws IllegalArgumentException if the store refuses the batch as bad input
     * @throws KVStoreException if the store fails
     */
    void write(List<KVWrite> writes) {
        Batch batch = new Batch(writes);
        boolean interrupted;
        List<Batch> taken = null;
        synchronized (lock) {
            waiting.add(batch);
            if (writing) {
                lock.notifyAll(); // for a gathering leader and awaitWaiting; others check and wait on
            }
            interrupted = awaitTurn(batch);
            if (!batch.done) {
                writing = true;
                interrupted |= gather();
                taken = waiting;
                waiting = new ArrayList<>();
            }
        }
        if (taken != null) {
            lead(taken);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        batch.rethrow();
    }

    /** Waits while another leader writes, until it has written this batch or finished; lock held. */
    private boolean awaitTurn(Batch batch) {
        boolean interrupted = false;
        while (writing && !batch.done) {
            try {
                lock.wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        return interrupted;
    }

    /** Waits briefly for as many batches as the last joint write held; lock held. */
    private boolean gather() {
        long patience = Math.min(TimeUnit.MICROSECONDS.toNanos(MAX_GATHER_MICROS), lastWriteNanos / 2);
        long deadline = System.nanoTime() + patience;
        while (waiting.size() < lastJointSize) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            } catch (InterruptedException e) {
                return true;
            }
        }
        return false;
    }

    /** How many batches wait for the next leader. */
    int waitingBatches() {
        synchronized (lock) {
            return waiting.size();
        }
    }

    /**
     * Waits, in real time, until at least {@code count} batches wait for the next leader; tests
     * use it to line callers up behind a write they hold.
     *
     * @return whether they did within {@code patience}
     */
    boolean awaitWaiting(int count, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        synchronized (lock) {
            while (waiting.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return true;
        }
    }

    private void lead(List<Batch> taken) {
        long started = System.nanoTime();
        try {
            writeTogether(taken);
        } finally {
            synchronized (lock) {
                lastWriteNanos = System.nanoTime() - started;
                lastJointSize = taken.size();
                for (Batch batch : taken) {
                    batch.done = true;
                }
                writing = false;
                lock.notifyAll();
            }
        }
    }

    private void writeTogether(List<Batch> taken) {
        if (taken.size() == 1) {
            writeAlone(taken.get(0));
            return;
        }
        List<KVWrite> joint = new ArrayList<>();
        for (Batch batch : taken) {
            joint.addAll(batch.writes);
        }
        try {
            store.write(joint);
        } catch (IllegalArgumentException e) {
            taken.forEach(this::writeAlone);
        } catch (RuntimeException | Error e) {
            taken.forEach(batch -> batch.failure = e);
        }
    }

    private void writeAlone(Batch batch) {
        try {
            store.write(batch.writes);
        } catch (RuntimeException | Error e) {
            batch.failure = e;
        }
    }

    /** One caller's writes and, once written, its outcome; guarded by {@code lock}. */
    private static final class Batch {
        final List<KVWrite> writes;
        boolean done;
        Throwable failure;

        Batch(List<KVWrite> writes) {
            this.writes = writes;
        }

        /** Throws the failure on the owner's thread, wrapped so its stack shows the owner. */
        void rethrow() {
            if (failure instanceof KVStoreException e) {
                throw new KVStoreException(e.getMessage(), e);
            }
            if (failure instanceof IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        }
    }
}
