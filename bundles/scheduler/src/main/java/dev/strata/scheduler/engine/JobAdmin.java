package dev.strata.scheduler.engine;

import dev.strata.api.kvstore.KVWrite;
import dev.strata.api.scheduler.JobStatus;
import dev.strata.api.scheduler.UnknownJobException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Cancel, delete and retry: the operations a client or operator applies to one job by id.
 *
 * <p>An active job is changed under its own lock; a finished job, which has no lock of its own,
 * under its {@link IdLocks} stripe, which delete and retry both take so they never cross.
 */
final class JobAdmin {

    private final JobTable table;
    private final JobStore store;
    private final Dispatcher dispatcher;
    private final Queueing queueing;
    private final JobEventQueue events;
    private final Clock clock;
    private final IdLocks locks = new IdLocks();

    JobAdmin(
            JobTable table,
            JobStore store,
            Dispatcher dispatcher,
            Queueing queueing,
            JobEventQueue events,
            Clock clock) {
        this.table = table;
        this.store = store;
        this.dispatcher = dispatcher;
        this.queueing = queueing;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Cancels a job: a pending one at once, a running one when its executor returns.
     *
     * @return {@code true} if the job is cancelled or being cancelled, including one cancelled
     *     before; {@code false} if it completed or failed
     * @throws UnknownJobException if no job has the id
     */
    boolean cancel(String id) {
        while (true) {
            ActiveJob job = table.active(id);
            Boolean cancelled = job == null ? cancelStored(id) : cancelActive(job);
            if (cancelled != null) {
                return cancelled;
            }
            // the job left the active set while we waited for it: look again
        }
    }

    /**
     * Deletes a finished job.
     *
     * @throws IllegalStateException if the job is pending or running
     */
    boolean delete(String id) {
        ReentrantLock stripe = locks.of(id);
        stripe.lock();
        try {
            ActiveJob job = table.active(id);
            if (job != null && job.phase() != ActiveJob.Phase.GONE) {
                throw notFinished(id, JobTable.statusOf(job) == null ? JobStatus.PENDING : JobTable.statusOf(job));
            }
            StoredJob record = store.read(id).orElse(null);
            if (record == null) {
                return false;
            }
            if (!record.status().isTerminal()) {
                throw notFinished(id, record.status());
            }
            store.commit(store.deleted(id));
            return true;
        } finally {
            stripe.unlock();
        }
    }

    /**
     * Puts a failed or cancelled job back in the queue.
     *
     * @return {@code true} if it was requeued; the caller then wakes the workers up
     */
    boolean retry(String id) {
        ReentrantLock stripe = locks.of(id);
        stripe.lock();
        try {
            if (isActive(table.active(id))) {
                return false;
            }
            StoredJob record = store.read(id).orElseThrow(() -> new UnknownJobException(id));
            if (record.status() != JobStatus.FAILED && record.status() != JobStatus.CANCELLED) {
                return false;
            }
            requeue(record.retried());
            return true;
        } finally {
            stripe.unlock();
        }
    }

    private Boolean cancelActive(ActiveJob job) {
        job.lock();
        try {
            return switch (job.phase()) {
                case PENDING -> cancelPending(job);
                case RUNNING -> requestCancel(job);
                default -> null;
            };
        } finally {
            job.unlock();
        }
    }

    private Boolean cancelPending(ActiveJob job) {
        StoredJob current = job.record(store);
        if (current == null) { // its record was removed by hand: forget the job, and report it unknown
            dispatcher.remove(job);
            job.gone();
            table.remove(job);
            return null;
        }
        StoredJob cancelled = current.cancelled(job.progress(), clock.instant());
        List<KVWrite> writes = new ArrayList<>(3);
        store.addFinished(writes, cancelled);
        store.commit(writes);
        dispatcher.remove(job);
        job.gone();
        table.remove(job);
        events.publish(cancelled.info());
        return true;
    }

    /** A running job: the flag is made durable, then the executor's thread is interrupted. */
    private Boolean requestCancel(ActiveJob job) {
        if (job.isCancelRequested()) {
            return true;
        }
        StoredJob flagged = job.record(store).withCancelRequested();
        store.commit(store.recordOnly(flagged));
        job.replace(flagged);
        job.run().interrupt(Interruption.CANCELLED);
        return true;
    }

    /**
     * A job not in memory: finished, unknown, or pending in the store because a write reported
     * as failed had in fact succeeded (see {@code KVStoreException}); such a job is cancelled
     * here, since no worker holds it.
     *
     * @return the answer, or {@code null} if the job became active meanwhile
     */
    private Boolean cancelStored(String id) {
        ReentrantLock stripe = locks.of(id);
        stripe.lock();
        try {
            if (table.active(id) != null) {
                return null;
            }
            StoredJob record = store.read(id).orElseThrow(() -> new UnknownJobException(id));
            if (record.status().isTerminal()) {
                return record.status() == JobStatus.CANCELLED; // cancelled already: true again, as the API says
            }
            StoredJob cancelled = record.cancelled(record.info().progress(), clock.instant());
            List<KVWrite> writes = new ArrayList<>(3);
            store.addFinished(writes, cancelled);
            store.commit(writes);
            events.publish(cancelled.info());
            return true;
        } finally {
            stripe.unlock();
        }
    }

    /** Whether a job is pending or running, waiting for its lock if it is changing now. */
    private static boolean isActive(ActiveJob job) {
        if (job == null) {
            return false;
        }
        job.lock();
        try {
            return job.phase() != ActiveJob.Phase.GONE;
        } finally {
            job.unlock();
        }
    }

    private void requeue(StoredJob pending) {
        ActiveJob fresh = ActiveJob.created(pending);
        fresh.lock();
        try {
            table.put(fresh);
            try {
                store.commit(store.retried(pending));
            } catch (RuntimeException e) {
                fresh.gone();
                table.remove(fresh);
                throw e;
            }
            fresh.becamePending(pending);
            queueing.enqueue(fresh, null);
            events.publish(pending.info());
        } finally {
            fresh.unlock();
        }
    }

    private static IllegalStateException notFinished(String id, JobStatus status) {
        return new IllegalStateException("job '" + id + "' is " + status.wireName()
                + "; only finished jobs can be deleted: cancel it first, then delete it");
    }
}
