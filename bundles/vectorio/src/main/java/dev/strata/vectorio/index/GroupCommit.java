package dev.strata.vectorio.index;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes index changes durable and visible with as few commits as the callers allow (group
 * commit). Every change to the IndexWriter has a sequence number; a caller waits until a commit
 * covering its number has finished. The first caller to find no commit running runs one itself,
 * covering every change made so far; callers that arrive meanwhile wait for it, and if it does
 * not cover them (their change came after it began), one of them runs the next, for all of them
 * at once. So under load each commit serves every writer that arrived while the one before ran.
 *
 * <p>The lock guards only the bookkeeping: nobody holds it while a commit runs, and waiting
 * releases it. A failed commit is thrown to the caller that ran it; its waiters try again with
 * a commit of their own, so each caller returns only once its change is durable, or throws.
 * Waiting ignores interrupts: index threads are never interrupted (see {@link IndexThreads}).
 */
final class GroupCommit {

    /** Commits and refreshes; returns the sequence number of the last change the commit holds. */
    @FunctionalInterface
    interface Flush {
        long commitAndRefresh() throws IOException;
    }

    private final Flush flush;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Condition arrived = lock.newCondition();
    private long durable;
    private boolean running;
    private int waiting;
    private long commits;

    GroupCommit(Flush flush) {
        this.flush = flush;
    }

    /**
     * Returns once the change with sequence number {@code sequence} is committed and searchable,
     * running the commit itself if no other caller is.
     *
     * @throws IOException if the commit this caller ran failed
     */
    void awaitDurable(long sequence) throws IOException {
        lock.lock();
        try {
            while (durable < sequence) {
                if (running) {
                    await();
                } else {
                    commit(sequence);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Waits for the running commit to finish; lock held. */
    private void await() {
        waiting++;
        arrived.signalAll();
        try {
            changed.awaitUninterruptibly();
        } finally {
            waiting--;
        }
    }

    /** Runs a commit with the lock released; lock held on entry and on return. */
    private void commit(long sequence) throws IOException {
        running = true;
        long covered = Long.MIN_VALUE;
        lock.unlock();
        try {
            covered = flush.commitAndRefresh();
        } finally {
            lock.lock();
            running = false;
            commits++;
            durable = Math.max(durable, covered);
            changed.signalAll();
        }
        if (covered < sequence) {
            throw new IllegalStateException("a commit begun after change " + sequence + " covered only change "
                    + covered + "; the index writer broke its contract");
        }
    }

    /** How many commits have run, failed ones included. */
    long commits() {
        lock.lock();
        try {
            return commits;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits, in real time, until at least {@code count} callers wait for a running commit; tests
     * use it to line callers up behind a commit they hold.
     *
     * @return whether they did within {@code patience}
     */
    boolean awaitWaiting(int count, Duration patience) throws InterruptedException {
        long left = patience.toNanos();
        lock.lock();
        try {
            while (waiting < count) {
                if (left <= 0) {
                    return false;
                }
                left = arrived.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
