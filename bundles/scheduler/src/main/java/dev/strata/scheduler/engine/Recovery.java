package dev.strata.scheduler.engine;

import dev.strata.api.kvstore.KVWrite;
import dev.strata.api.scheduler.JobStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the queue at construction and, at start, settles the jobs the last process left
 * running: at-least-once, each goes back to pending and runs again from its checkpoint, or
 * becomes cancelled if a cancel had reached it.
 *
 * <p>Loading reads only the small {@code queue/} entries, never the records, so a restart with
 * a large backlog costs one ordered scan; records are read when a job first runs or is viewed.
 */
final class Recovery {

    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);
    private static final int PAGE = 10_000;
    private static final int BATCH = 1_000;

    private final JobTable table;
    private final JobStore store;
    private final Dispatcher dispatcher;
    private final JobEventQueue events;
    private final Clock clock;
    private final List<ActiveJob> leftRunning = new ArrayList<>();

    Recovery(JobTable table, JobStore store, Dispatcher dispatcher, JobEventQueue events, Clock clock) {
        this.table = table;
        this.store = store;
        this.dispatcher = dispatcher;
        this.events = events;
        this.clock = clock;
    }

    /** Fills the active set and the queue from the store; runs nothing. */
    void load() {
        store.forEachQueued(PAGE, entry -> {
            ActiveJob job = ActiveJob.loaded(entry);
            table.put(job);
            dispatcher.enqueue(job, entry.notBefore());
            if (entry.running()) {
                leftRunning.add(job);
            }
        });
    }

    int leftRunningCount() {
        return leftRunning.size();
    }

    /** Writes the jobs left running back as pending (or cancelled), a batch at a time. */
    void settleLeftRunning() {
        for (int from = 0; from < leftRunning.size(); from += BATCH) {
            settle(leftRunning.subList(from, Math.min(leftRunning.size(), from + BATCH)));
        }
        if (!leftRunning.isEmpty()) {
            LOG.info(
                    "{} jobs were running when the last process ended; they run again from their checkpoints",
                    leftRunning.size());
        }
        leftRunning.clear();
    }

    /** A job left running, its record as found, and what it becomes ({@code null}: record gone). */
    private record Settled(ActiveJob job, StoredJob found, StoredJob next) {}

    private void settle(List<ActiveJob> jobs) {
        jobs.forEach(ActiveJob::lock);
        try {
            List<KVWrite> writes = new ArrayList<>();
            List<Settled> settled = new ArrayList<>(jobs.size());
            for (ActiveJob job : jobs) {
                StoredJob found = job.record(store);
                Settled one = new Settled(job, found, found == null ? null : next(found));
                addWrites(writes, one);
                settled.add(one);
            }
            store.commit(writes);
            settled.forEach(this::apply);
        } finally {
            jobs.forEach(ActiveJob::unlock);
        }
    }

    private StoredJob next(StoredJob found) {
        if (found.status() != JobStatus.RUNNING) {
            return found; // the queue entry was written, its record was not: nothing to settle
        }
        return found.cancelRequested() ? found.cancelled(found.info().progress(), clock.instant()) : found.recovered();
    }

    private void addWrites(List<KVWrite> writes, Settled one) {
        if (one.next() == null) {
            writes.add(KVWrite.delete(JobKeys.queue(one.job().id())));
        } else if (one.next().status().isTerminal()) {
            store.addFinished(writes, one.next());
        } else if (one.next() != one.found()) {
            writes.addAll(store.active(one.next()));
        }
    }

    private void apply(Settled one) {
        ActiveJob job = one.job();
        if (one.next() == null || one.next().status().isTerminal()) {
            dispatcher.remove(job);
            job.gone();
            table.remove(job);
        } else {
            job.replace(one.next());
        }
        if (one.next() != null && one.next() != one.found()) {
            events.publish(one.next().info());
        }
    }
}
