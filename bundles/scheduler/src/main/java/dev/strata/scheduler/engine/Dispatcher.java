package dev.strata.scheduler.engine;

import dev.strata.api.scheduler.UnknownJobTypeException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Decides what runs next: the ready queue, jobs in retry backoff, the executors, the running
 * attempts, the slots of {@code max_concurrent_jobs} and the engine's lifecycle, all guarded by
 * this object's monitor.
 *
 * <p>Every method is short and calls no foreign code: executors and listeners are never called
 * here. It is entered while holding a job's lock, never the other way round (see {@link
 * ActiveJob} for the lock order), and it is the only place that reads or writes {@link
 * ActiveJob#notBefore}.
 */
final class Dispatcher {

    /** Where the engine is in its life; only {@link #STARTED} takes jobs. */
    enum Lifecycle {
        LOADED,
        STARTING,
        STARTED,
        STOPPING,
        STOPPED
    }

    /**
     * A job taken from the queue for a worker, holding one slot until released.
     *
     * @param job the job
     * @param executor the executor that won its type when it was taken
     * @param released whether the slot was given back; it is given back exactly once
     */
    record Claim(ActiveJob job, ExecutorEntry executor, AtomicBoolean released) {}

    /** A job in retry backoff and the instant it may run. */
    record Delayed(ActiveJob job, Instant due) {}

    private int maxConcurrent;
    private Set<String> required;
    private final Clock clock;
    private final ReadyQueue ready = new ReadyQueue();
    private final Set<ActiveJob> delayed = new HashSet<>();
    private final ExecutorRegistry executors = new ExecutorRegistry();
    private final Set<JobRun> runs = new HashSet<>();
    private int slots;
    private Lifecycle lifecycle = Lifecycle.LOADED;

    Dispatcher(EngineConfig config, Clock clock) {
        this.maxConcurrent = config.maxConcurrentJobs();
        this.required = config.requiredExecutors();
        this.clock = clock;
    }

    /**
     * Takes changed settings: a lower limit lets running jobs finish and starts no more until
     * fewer run; a higher one lets waiting jobs start at the next {@link #claimNext()}.
     */
    synchronized void reconfigure(EngineConfig config) {
        maxConcurrent = config.maxConcurrentJobs();
        required = config.requiredExecutors();
    }

    /** Refuses a type no executor ever served that is not required, unless the job may wait. */
    synchronized void requireKnown(String type, boolean allowWaiting) {
        if (!allowWaiting && !executors.everServed().contains(type) && !required.contains(type)) {
            throw new UnknownJobTypeException(type, knownTypes());
        }
    }

    synchronized Set<String> knownTypes() {
        Set<String> known = new TreeSet<>(executors.everServed());
        known.addAll(required);
        return known;
    }

    synchronized boolean hasExecutor(String type) {
        return executors.winner(type) != null;
    }

    synchronized Set<String> servedTypes() {
        return Set.copyOf(executors.served());
    }

    synchronized Set<String> missingRequired() {
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(executors.served());
        return missing;
    }

    /**
     * Queues a pending job: ready now, or in backoff until {@code notBefore}.
     *
     * @return {@code true} if it is ready; {@code false} if the caller must time its promotion
     */
    synchronized boolean enqueue(ActiveJob job, Instant notBefore) {
        if (notBefore != null && notBefore.isAfter(clock.instant())) {
            job.notBefore = notBefore;
            delayed.add(job);
            return false;
        }
        job.notBefore = null;
        ready.add(job);
        return true;
    }

    /** Moves a job whose backoff ended to the ready queue; {@code false} if it moved on meanwhile. */
    synchronized boolean promote(ActiveJob job, Instant due) {
        if (!due.equals(job.notBefore) || !delayed.remove(job)) {
            return false;
        }
        job.notBefore = null;
        ready.add(job);
        return true;
    }

    /** Takes a job out of the queue for good (cancelled). */
    synchronized void remove(ActiveJob job) {
        ready.remove(job);
        delayed.remove(job);
        job.notBefore = null;
    }

    /** Takes the oldest ready job that has an executor, if a slot is free and the engine runs. */
    synchronized Claim claimNext() {
        if (lifecycle != Lifecycle.STARTED || slots >= maxConcurrent) {
            return null;
        }
        ActiveJob job = ready.pollOldest(executors.served());
        if (job == null) {
            return null;
        }
        slots++;
        return new Claim(job, executors.winner(job.type()), new AtomicBoolean());
    }

    /**
     * Hands the slot of a claim whose executor has returned to the oldest ready job, if the
     * engine runs, the limit (which may have been lowered) allows it and such a job exists. The
     * old claim counts as released; the slot is never free in between, so nothing else is woken.
     *
     * @return the new claim, or {@code null} if the old one keeps its slot
     */
    synchronized Claim handOver(Claim done) {
        if (lifecycle != Lifecycle.STARTED
                || slots > maxConcurrent
                || done.released().get()) {
            return null;
        }
        ActiveJob job = ready.pollOldest(executors.served());
        if (job == null) {
            return null;
        }
        done.released().set(true);
        return new Claim(job, executors.winner(job.type()), new AtomicBoolean());
    }

    /** Gives a claim's slot back, once; returns the job to the queue if asked. */
    synchronized void release(Claim claim, boolean requeue) {
        if (!claim.released().compareAndSet(false, true)) {
            return;
        }
        slots--;
        if (requeue) {
            ready.add(claim.job());
        }
        notifyAll();
    }

    /** Records that an attempt starts; {@code false} if its executor left or the engine stops. */
    synchronized boolean attach(JobRun run) {
        if (lifecycle != Lifecycle.STARTED
                || !executors.serves(run.executor(), run.job().type())) {
            return false;
        }
        runs.add(run);
        return true;
    }

    synchronized void detach(JobRun run) {
        if (runs.remove(run)) {
            notifyAll();
        }
    }

    /** Why a pending job does not run now, or {@code null} if it is about to. */
    synchronized String waitingFor(ActiveJob job, Instant now) {
        if (lifecycle == Lifecycle.LOADED || lifecycle == Lifecycle.STARTING) {
            Set<String> missing = missingRequired();
            return missing.isEmpty()
                    ? "scheduler not started"
                    : "scheduler not started; waiting for executors " + missing;
        }
        if (lifecycle != Lifecycle.STARTED) {
            return "scheduler stopped; the job resumes at the next start";
        }
        if (job.notBefore != null && job.notBefore.isAfter(now)) {
            return "retry backoff until " + job.notBefore;
        }
        if (executors.winner(job.type()) == null) {
            return "no executor for type " + job.type();
        }
        return slots >= maxConcurrent ? "max_concurrent_jobs reached (" + maxConcurrent + " running)" : null;
    }

    /**
     * Registers or replaces an executor.
     *
     * @return the attempts on the same executor id of types it no longer serves, interrupted
     */
    synchronized List<JobRun> addExecutor(ExecutorEntry entry) {
        executors.add(entry);
        List<JobRun> dropped = new ArrayList<>();
        for (JobRun run : runs) {
            if (run.executor().id() == entry.id()
                    && !entry.types().contains(run.job().type())) {
                run.interrupt(Interruption.EXECUTOR_GONE);
                dropped.add(run);
            }
        }
        return dropped;
    }

    /**
     * Unregisters an executor.
     *
     * @return its running attempts, interrupted; they return to pending when they end
     */
    synchronized List<JobRun> removeExecutor(long id) {
        if (executors.remove(id) == null) {
            return List.of();
        }
        List<JobRun> dropped = new ArrayList<>();
        for (JobRun run : runs) {
            if (run.executor().id() == id) {
                run.interrupt(Interruption.EXECUTOR_GONE);
                dropped.add(run);
            }
        }
        return dropped;
    }

    /** LOADED to STARTING: crash recovery runs, nothing is dispatched yet. */
    synchronized void beginStart() {
        if (lifecycle != Lifecycle.LOADED) {
            throw new IllegalStateException(
                    "the scheduler engine is " + lifecycle.name().toLowerCase()
                            + "; it starts once: make a new engine on the same store to start again");
        }
        lifecycle = Lifecycle.STARTING;
    }

    /** STARTING back to LOADED, when recovery failed and the caller may try again. */
    synchronized void abortStart() {
        if (lifecycle == Lifecycle.STARTING) {
            lifecycle = Lifecycle.LOADED;
        }
    }

    /** STARTING to STARTED; returns the jobs in backoff, whose promotion the caller times. */
    synchronized List<Delayed> started() {
        lifecycle = Lifecycle.STARTED;
        List<Delayed> timed = new ArrayList<>();
        for (ActiveJob job : delayed) {
            timed.add(new Delayed(job, job.notBefore));
        }
        return timed;
    }

    synchronized boolean isStarted() {
        return lifecycle == Lifecycle.STARTED;
    }

    /**
     * Stops taking jobs.
     *
     * @return the attempts running now, or {@code null} if the engine was stopping already
     */
    synchronized List<JobRun> beginStop() {
        if (lifecycle == Lifecycle.STOPPING || lifecycle == Lifecycle.STOPPED) {
            return null;
        }
        lifecycle = Lifecycle.STOPPING;
        return List.copyOf(runs);
    }

    synchronized void stopped() {
        lifecycle = Lifecycle.STOPPED;
    }

    synchronized void interruptAll(Interruption why) {
        runs.forEach(run -> run.interrupt(why));
    }

    /** Waits, in real time, until no slot is held; {@code false} if time ran out first. */
    synchronized boolean awaitIdle(long nanos) {
        return awaitUntil(nanos, () -> slots == 0);
    }

    /** Waits, in real time, until the given attempts have ended; {@code false} if time ran out. */
    synchronized boolean awaitEnded(Collection<JobRun> attempts, long nanos) {
        return awaitUntil(nanos, () -> attempts.stream().noneMatch(runs::contains));
    }

    synchronized int slotsInUse() {
        return slots;
    }

    synchronized int readyCount() {
        return ready.size();
    }

    private boolean awaitUntil(long nanos, BooleanSupplier condition) {
        long deadline = System.nanoTime() + nanos;
        boolean interrupted = false;
        try {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            return true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
