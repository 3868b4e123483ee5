package dev.strata.scheduler.engine;

import dev.strata.api.kvstore.KVWrite;
import dev.strata.api.scheduler.JobStatus;
import dev.strata.scheduler.engine.Dispatcher.Claim;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one attempt of a claimed job on a worker thread: makes it durable as running, calls the
 * executor with no lock held, and records what came of it.
 *
 * <p>The job's lock is held while its state is decided and written, never while the executor
 * runs; a cancel or checkpoint that arrives meanwhile takes the lock in turn, so the result and
 * a cancellation can never both be recorded.
 */
final class JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final JobTable table;
    private final JobStore store;
    private final Dispatcher dispatcher;
    private final Queueing queueing;
    private final JobEventQueue events;
    private final AttemptRules rules;
    private final Supplier<EngineConfig> config;
    private final Clock clock;
    private final TaskTimer timer;

    JobRunner(
            JobTable table,
            JobStore store,
            Dispatcher dispatcher,
            Queueing queueing,
            JobEventQueue events,
            Supplier<EngineConfig> config,
            EngineEnvironment environment) {
        this.table = table;
        this.store = store;
        this.dispatcher = dispatcher;
        this.queueing = queueing;
        this.events = events;
        this.rules = new AttemptRules(config, environment.random());
        this.config = config;
        this.clock = environment.clock();
        this.timer = environment.timer();
    }

    /** Runs the claimed job's attempt to its end; the claim's slot is given back in every case. */
    void run(Claim claim) {
        try {
            JobRun run = begin(claim);
            if (run != null) {
                Outcome outcome = run.execute();
                finish(run, outcome);
            }
        } finally {
            dispatcher.release(claim, false);
        }
    }

    /** Called by {@link RunContext#saveCheckpoint}: durable before it returns. */
    void saveCheckpoint(JobRun run, Map<String, Object> checkpoint) {
        ActiveJob job = run.job();
        job.lock();
        try {
            run.context().requireOpen("save a checkpoint");
            StoredJob next = job.record(store).withCheckpoint(checkpoint, job.progress());
            store.commit(store.recordOnly(next));
            job.replace(next);
        } finally {
            job.unlock();
        }
    }

    private JobRun begin(Claim claim) {
        ActiveJob job = claim.job();
        job.lock();
        try {
            if (job.phase() != ActiveJob.Phase.PENDING) {
                return null; // cancelled between the claim and now
            }
            JobRun run = new JobRun(claim);
            if (!dispatcher.attach(run)) {
                dispatcher.release(claim, true); // its executor left or the engine stops
                return null;
            }
            return markRunning(job, run) ? run : null;
        } finally {
            job.unlock();
        }
    }

    private boolean markRunning(ActiveJob job, JobRun run) {
        StoredJob running = persistRunning(job, run);
        if (running == null) {
            return false;
        }
        job.started(running, run);
        TaskTimer.Cancellable timeout = config.get()
                .timeout(job.type())
                .map(limit -> timer.schedule(limit, () -> run.interrupt(Interruption.TIMED_OUT)))
                .orElse(null);
        run.prepare(new RunContext(run, running, store, this), timeout);
        events.publish(running.info());
        return true;
    }

    /** Writes the running record; on failure the job goes back to the queue and {@code null} is returned. */
    private StoredJob persistRunning(ActiveJob job, JobRun run) {
        try {
            StoredJob current = job.record(store);
            if (current != null) {
                StoredJob running = current.running(clock.instant());
                store.commit(store.active(running));
                return running;
            }
        } catch (RuntimeException e) {
            Duration delay = config.get().retry().initialBackoff();
            LOG.error(
                    "job {} of type {} could not be started, the store failed; trying again in {}",
                    job.id(),
                    job.type(),
                    delay,
                    e);
            dispatcher.detach(run);
            queueing.enqueue(job, clock.instant().plus(delay));
            return null;
        }
        dropVanished(job, run);
        return null;
    }

    private void finish(JobRun run, Outcome outcome) {
        ActiveJob job = run.job();
        job.lock();
        try {
            run.close();
            StoredJob current = job.record(store);
            Instant now = clock.instant();
            StoredJob next = rules.next(current, job.isCancelRequested(), job.progress(), run.reason(), outcome, now);
            if (!record(job, next)) {
                returnUnrecorded(job, run, now);
                return;
            }
            if (next.status() == JobStatus.PENDING) {
                job.becamePending(next);
                queueing.enqueue(job, next.notBefore());
            } else {
                job.gone();
                table.remove(job);
            }
            events.publish(next.info());
            endAttempt(run); // last, so whoever waits for free slots sees the job's new state
        } finally {
            job.unlock();
        }
    }

    private boolean record(ActiveJob job, StoredJob next) {
        try {
            List<KVWrite> writes = new ArrayList<>(3);
            if (next.status().isTerminal()) {
                store.addFinished(writes, next);
            } else {
                writes.addAll(store.active(next));
            }
            store.commit(writes);
            return true;
        } catch (RuntimeException e) {
            LOG.error(
                    "job {} of type {}: the end of attempt {} could not be recorded, the store failed; the job "
                            + "stays pending and runs again",
                    job.id(),
                    job.type(),
                    next.attempts(),
                    e);
            return false;
        }
    }

    /** The store holds the job as running; memory makes it pending, to run again after a backoff. */
    private void returnUnrecorded(ActiveJob job, JobRun run, Instant now) {
        job.becamePending(job.record(store));
        queueing.enqueue(job, now.plus(config.get().retry().initialBackoff()));
        endAttempt(run);
    }

    private void endAttempt(JobRun run) {
        dispatcher.detach(run);
        dispatcher.release(run.claim(), false);
    }

    /** A queued job whose record is gone from the store (removed by hand): forget it. */
    private void dropVanished(ActiveJob job, JobRun run) {
        LOG.error(
                "job {} of type {} is queued but its record is gone from the store; dropping it from the queue",
                job.id(),
                job.type());
        dispatcher.detach(run);
        job.gone();
        table.remove(job);
        try {
            store.commit(List.of(KVWrite.delete(JobKeys.queue(job.id()))));
        } catch (RuntimeException e) {
            LOG.error(
                    "the queue entry of job {} could not be deleted; it is dropped again at the next start",
                    job.id(),
                    e);
        }
    }
}
