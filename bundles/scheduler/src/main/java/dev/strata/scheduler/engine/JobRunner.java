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

    /**
     * Runs the claimed job's attempt to its end, then, while ready jobs wait, the attempts it
     * hands its slot to; each claim's slot is given back in every case.
     */
    void run(Claim claim) {
        Claim current = claim;
        try {
            JobRun run = begin(claim);
            while (run != null) {
                current = run.claim();
                Outcome outcome = run.execute();
                run = finish(run, outcome);
            }
        } finally {
            dispatcher.release(current, false);
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
            JobRun run = attach(claim);
            if (run == null) {
                return null;
            }
            StoredJob running = runningRecord(job, run);
            if (running == null) {
                return null;
            }
            try {
                store.commit(store.active(running));
            } catch (RuntimeException e) {
                notStarted(run, e);
                return null;
            }
            started(run, running);
            return run;
        } finally {
            job.unlock();
        }
    }

    /** A new attempt of the claimed job, attached to the dispatcher; {@code null} if it may not start. Lock held. */
    private JobRun attach(Claim claim) {
        if (claim.job().phase() != ActiveJob.Phase.PENDING) {
            dispatcher.release(claim, false); // cancelled between the claim and now
            return null;
        }
        JobRun run = new JobRun(claim);
        if (!dispatcher.attach(run)) {
            dispatcher.release(claim, true); // its executor left or the engine stops
            return null;
        }
        return run;
    }

    /** The record that says the attempt runs; {@code null}, the job dropped, if its record is gone. Lock held. */
    private StoredJob runningRecord(ActiveJob job, JobRun run) {
        StoredJob current;
        try {
            current = job.record(store);
        } catch (RuntimeException e) {
            notStarted(run, e);
            return null;
        }
        if (current == null) {
            dropVanished(job, run);
            return null;
        }
        return current.running(clock.instant());
    }

    /** The running record is durable: the attempt may execute. Lock held. */
    private void started(JobRun run, StoredJob running) {
        ActiveJob job = run.job();
        job.started(running, run);
        TaskTimer.Cancellable timeout = config.get()
                .timeout(job.type())
                .map(limit -> timer.schedule(limit, () -> run.interrupt(Interruption.TIMED_OUT)))
                .orElse(null);
        run.prepare(new RunContext(run, running, store, this), timeout);
        events.publish(running.info());
    }

    /** The store failed before the attempt could start: the job goes back to the queue after a backoff. */
    private void notStarted(JobRun run, RuntimeException failure) {
        ActiveJob job = run.job();
        Duration delay = config.get().retry().initialBackoff();
        LOG.error(
                "job {} of type {} could not be started, the store failed; trying again in {}",
                job.id(),
                job.type(),
                delay,
                failure);
        dispatcher.detach(run);
        dispatcher.release(run.claim(), false);
        queueing.enqueue(job, clock.instant().plus(delay));
    }

    /**
     * Records how the attempt ended. If a ready job waits, the slot goes to it, and its running
     * record is written in the same write as this end, so a busy worker makes one durable write
     * per job instead of two; that next attempt is returned, started, for the caller to execute.
     */
    private JobRun finish(JobRun run, Outcome outcome) {
        ActiveJob job = run.job();
        job.lock();
        try {
            run.close();
            StoredJob current = job.record(store);
            Instant now = clock.instant();
            StoredJob next = rules.next(current, job.isCancelRequested(), job.progress(), run.reason(), outcome, now);
            Follower follower = follower(run.claim());
            boolean followerStarted = false;
            try {
                List<KVWrite> writes = ended(next);
                if (follower != null) {
                    writes.addAll(store.active(follower.running()));
                }
                if (!record(job, next, writes)) {
                    returnUnrecorded(job, run, now);
                    return null;
                }
                if (next.status() == JobStatus.PENDING) {
                    job.becamePending(next);
                    queueing.enqueue(job, next.notBefore());
                } else {
                    job.gone();
                    table.remove(job);
                }
                events.publish(next.info());
                endAttempt(run); // so whoever waits for free slots sees the job's new state
                if (follower == null) {
                    return null;
                }
                started(follower.run(), follower.running());
                followerStarted = true;
                return follower.run();
            } finally {
                if (follower != null) {
                    if (!followerStarted) { // the joint write failed: the follower never ran, it waits again
                        dispatcher.detach(follower.run());
                        dispatcher.release(follower.run().claim(), true);
                    }
                    follower.run().job().unlock();
                }
            }
        } finally {
            job.unlock();
        }
    }

    /** An attempt taking over a slot, locked and attached, with the record that says it runs. */
    private record Follower(JobRun run, StoredJob running) {}

    /**
     * Hands the slot of an attempt that ended to the oldest ready job, locked and attached; {@code
     * null} if none waits or it cannot start now, in which case the slot stays with the ended
     * attempt. Only a free lock is taken (the ended job's lock is held), so no two workers can
     * wait for each other.
     */
    private Follower follower(Claim done) {
        Claim claim = dispatcher.handOver(done);
        if (claim == null) {
            return null;
        }
        ActiveJob job = claim.job();
        if (!job.tryLock()) {
            dispatcher.release(claim, true); // busy with a cancel or being scheduled: it runs soon after
            return null;
        }
        JobRun run = attach(claim);
        StoredJob running = run == null ? null : runningRecord(job, run);
        if (running == null) {
            job.unlock();
            return null;
        }
        return new Follower(run, running);
    }

    private List<KVWrite> ended(StoredJob next) {
        List<KVWrite> writes = new ArrayList<>(5);
        if (next.status().isTerminal()) {
            store.addFinished(writes, next);
        } else {
            writes.addAll(store.active(next));
        }
        return writes;
    }

    private boolean record(ActiveJob job, StoredJob next, List<KVWrite> writes) {
        try {
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
        dispatcher.release(run.claim(), false);
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
