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
 * each, and keeps up to {@link #maxInFlight} such writes running at once, so that one slow
 * commit does not hold back every other caller.
 *
 * <p>A caller that finds a write slot free becomes a leader: it takes every batch waiting,
 * writes them together and wakes their owners. Callers that find every slot taken wait and are
 * taken by the next leader. A lone caller writes at once, with no hand-off. Each caller returns
 * only when the joint write that held its batch returned from the store, that is when the
 * batch is durable, or throws the failure of that write and of no other. If the joint write is
 * refused as bad input, every batch is written on its own, so one caller's bad value never
 * fails another's.
 *
 * <p>Writes in flight at once hold different callers' batches, so they commute only because
 * no two of them touch the same key: batches of one job never run at the same time (nor meet
 * in one joint write), because each job's writes are made one after the other under its lock,
 * and different jobs have different keys.
 *
 * <p>Closed-loop writers would otherwise alternate: the first writer back after a commit leads
 * alone while the others are still waking up. So a leader that saw {@code n} batches in the
 * previous joint write first waits for {@code n} batches, at most half as long as that write
 * took and never over {@value #MAX_GATHER_MICROS} µs. A lone writer never waits: its previous
 * write held one batch.
 *
 * <p>Waiting ignores interrupts (and restores the flag on return): a cancelled executor that
 * saves a checkpoint must not leave a write half known.
 */
final class GroupCommit {

    /**
     * Joint writes in flight at once by default: one can wait for its commit to be flushed while
     * the next is gathered and sent. More lets each of a few callers write alone, which costs a
     * statement and a commit per caller; in trial runs on 2 cores four threads enqueued no faster
     * with 4 than with 2, and the store's default pool of 8 connections keeps room for reads.
     */
    static final int DEFAULT_MAX_IN_FLIGHT = 2;

    private static final long MAX_GATHER_MICROS = 500;

    private final KVStore store;
    private final int maxInFlight;
    private final Object lock = new Object();
    private List<Batch> waiting = new ArrayList<>();
    private int inFlight;
    private boolean gathering;
    private int lastJointSize = 1;
    private long lastWriteNanos;

    GroupCommit(KVStore store) {
        this(store, DEFAULT_MAX_IN_FLIGHT);
    }

    /** @param maxInFlight joint writes that may run at once, 1 or more */
    GroupCommit(KVStore store, int maxInFlight) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("writes in flight is " + maxInFlight + "; use 1 or more");
        }
        this.store = store;
        this.maxInFlight = maxInFlight;
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
            if (inFlight > 0) {
                lock.notifyAll(); // for a gathering leader and awaitWaiting; others check and wait on
            }
            interrupted = awaitTurn(batch);
            if (!batch.done) {
                inFlight++;
                gathering = true;
                interrupted |= gather();
                gathering = false;
                taken = waiting;
                waiting = new ArrayList<>();
                taken.forEach(Batch::take);
                lock.notifyAll(); // a caller that came during the gathering may lead now
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

    /**
     * Waits until this batch was written by another leader, or, while no leader has taken it, a
     * write slot is free for this caller to lead. While a leader gathers, nobody else leads: the
     * gatherer must take its own batch itself. Lock held.
     */
    private boolean awaitTurn(Batch batch) {
        boolean interrupted = false;
        while (!batch.done && (batch.taken || gathering || inFlight >= maxInFlight)) {
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

    /** How many joint writes run now. */
    int writesInFlight() {
        synchronized (lock) {
            return inFlight;
        }
    }

    /** Writes the taken batches, then, and only then, marks them done and frees the slot. */
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
                inFlight--;
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
        boolean taken;
        boolean done;
        Throwable failure;

        Batch(List<KVWrite> writes) {
            this.writes = writes;
        }

        void take() {
            taken = true;
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
