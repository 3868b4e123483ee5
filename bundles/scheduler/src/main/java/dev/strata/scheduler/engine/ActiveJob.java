package dev.strata.scheduler.engine;

import dev.strata.api.scheduler.JobProgress;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A pending or running job as the engine holds it in memory, between the moment it is
 * scheduled (or loaded) and the moment it finishes.
 *
 * <p><b>Locking.</b> Every change of the job's state is decided and made durable while holding
 * its {@link #lock()}, so the store sees a job's changes in the order they were made, while
 * changes of different jobs run in parallel and meet in one group commit. The lock order is:
 * the id stripe of {@link IdLocks}, then this lock, then the {@link Dispatcher}'s monitor, then
 * a {@link JobRun}'s guard. A worker ending one job may also take the lock of the job its slot
 * goes to next, but only if it is free ({@link #tryLock()}), so it never waits while holding one.
 * Readers take no lock: the fields they read are volatile, and the
 * record is replaced only after it is durable.
 *
 * <p>{@link #notBefore} is part of the dispatcher's queue state and is guarded by its monitor.
 */
final class ActiveJob {

    /** Where the job is in memory. */
    enum Phase {
        /** Being scheduled or retried: not durable yet, invisible to readers. */
        NEW,
        /** Durable and waiting to run. */
        PENDING,
        /** An executor runs it. */
        RUNNING,
        /** Finished, deleted or never made durable: no longer in the active set. */
        GONE
    }

    private final String id;
    private final String type;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicReference<StoredJob> record;
    private volatile Phase phase;
    private volatile boolean cancelRequested;
    private volatile JobProgress progress;
    private volatile JobRun run;

    /** When a job in retry backoff may run again; guarded by the dispatcher's monitor. */
    Instant notBefore;

    private ActiveJob(String id, String type, StoredJob record, Phase phase) {
        this.id = id;
        this.type = type;
        this.record = new AtomicReference<>(record);
        this.phase = phase;
        if (record != null) {
            cancelRequested = record.cancelRequested();
            progress = record.info().progress();
        }
    }

    /** A job about to be written; the caller holds its lock until the write is durable. */
    static ActiveJob created(StoredJob job) {
        return new ActiveJob(job.id(), job.type(), job, Phase.NEW);
    }

    /** A job found in the queue at load; its record is read from the store when first needed. */
    static ActiveJob loaded(QueueEntry entry) {
        return new ActiveJob(entry.id(), entry.type(), null, Phase.PENDING);
    }

    String id() {
        return id;
    }

    String type() {
        return type;
    }

    /** Takes the lock only if no other thread holds it. */
    boolean tryLock() {
        return lock.tryLock();
    }

    void lock() {
        lock.lock();
    }

    void unlock() {
        lock.unlock();
    }

    Phase phase() {
        return phase;
    }

    boolean isCancelRequested() {
        return cancelRequested;
    }

    JobProgress progress() {
        return progress;
    }

    void reportProgress(JobProgress latest) {
        progress = latest;
    }

    JobRun run() {
        return run;
    }

    /**
     * Returns the job's latest durable record, reading it from the store the first time for a
     * job that was loaded.
     *
     * @return the record, or {@code null} if the store no longer has it
     */
    StoredJob record(JobStore store) {
        StoredJob known = record.get();
        if (known != null) {
            return known;
        }
        StoredJob read = store.read(id).orElse(null);
        if (read == null) {
            return null;
        }
        if (record.compareAndSet(null, read)) {
            cancelRequested |= read.cancelRequested();
            progress = progress == null ? read.info().progress() : progress;
        }
        return record.get();
    }

    /** The job's record is durable: readers may see it now. Lock held. */
    void becamePending(StoredJob current) {
        record.set(current);
        phase = Phase.PENDING;
        run = null;
    }

    /** An attempt started with this durable record. Lock held. */
    void started(StoredJob running, JobRun attempt) {
        record.set(running);
        run = attempt;
        phase = Phase.RUNNING;
    }

    /** A durable change that keeps the phase: a checkpoint, a cancel request, a recovery. Lock held. */
    void replace(StoredJob current) {
        record.set(current);
        cancelRequested = current.cancelRequested();
    }

    /** The job left the active set. Lock held. */
    void gone() {
        phase = Phase.GONE;
        run = null;
    }

    @Override
    public String toString() {
        return "job " + id + " (" + type + ", " + phase + ")";
    }
}
