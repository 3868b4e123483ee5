package dev.strata.scheduler.engine;

import dev.strata.api.common.Page;
import dev.strata.api.kvstore.KVStore;
import dev.strata.api.scheduler.JobExecutor;
import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobQuery;
import dev.strata.api.scheduler.JobRequest;
import dev.strata.api.scheduler.JobScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inline job scheduler in plain Java: durable jobs in a {@link KVStore}, run by registered
 * {@link JobExecutor}s on the engine's own threads. The OSGi component wraps it; nothing here
 * knows about OSGi.
 *
 * <p><b>Life.</b> Constructing the engine loads the queue from the store and runs nothing (the
 * "initialize" phase of ARCHITECTURE.md §3). {@link #start()} settles the jobs a crash left
 * running, which run again from their checkpoints, and starts taking jobs. {@link #stop()}
 * stops taking jobs, gives running ones the shutdown grace period, interrupts the rest and
 * leaves them pending for the next start. An engine starts and stops once; make a new one on
 * the same store to start again.
 *
 * <p><b>Hooks for the OSGi wrapper.</b> {@link #addExecutor} and {@link #removeExecutor} follow
 * the whiteboard of executors (service id, {@code service.ranking}, {@code job.type}); {@link
 * #addListener} hears every status change, to post it on EventAdmin; {@link
 * #missingRequiredExecutors()} tells the ready gate what it still waits for.
 *
 * <p><b>Key layout</b> in the scheduler's namespace. Ids are {@code job-} and 22 hex digits
 * that sort by creation time ({@link JobIds}), so the store's key order is creation order:
 *
 * <ul>
 *   <li>{@code job/<id>}: the job's record as JSON (see {@code JobDocument}): everything {@link
 *       JobInfo} shows, plus the cancel flag of a running job and the end of a retry backoff.
 *       An ascending scan lists jobs oldest first.
 *   <li>{@code desc/<inverted id>}: one per job, its value the job's type; the id's hex digits
 *       are inverted so that an ascending scan lists jobs newest first, the default order of
 *       {@code list}, and filters by type without reading records.
 *   <li>{@code queue/<id>}: one per pending or running job, its value {@code type|P|} or
 *       {@code type|R|} and the end of its backoff, if any. Loading reads only these small
 *       entries to rebuild the in-memory ready queue; the store is never polled for work.
 * </ul>
 *
 * <p>Every change of a job writes its keys in one {@link KVStore#write} batch, and concurrent
 * changes share one write (group commit). A finished job's {@code job/} and {@code desc/} keys
 * carry the store's expiry, finish time plus retention, so finished jobs disappear without a
 * purge scan. Thread-safe.
 */
public final class SchedulerEngine implements JobScheduler, AutoCloseable {

    /** The logger category on which every job state change is logged: {@value}. */
    public static final String JOB_LOG_CATEGORY = JobStateLog.CATEGORY;

    private static final Logger LOG = LoggerFactory.getLogger(SchedulerEngine.class);
    private static final Duration INTERRUPT_PATIENCE = Duration.ofSeconds(10);
    private static final Duration EVENT_DRAIN = Duration.ofSeconds(5);

    private volatile EngineConfig config;
    private final TaskTimer timer;
    private final Dispatcher dispatcher;
    private final JobTable table;
    private final JobEventQueue events;
    private final Queueing queueing;
    private final WorkerPool workers;
    private final Scheduling scheduling;
    private final JobAdmin admin;
    private final JobLister lister;
    private final Recovery recovery;
    private final GroupCommit groupCommit;

    /**
     * Creates an engine on the system clock with threads of its own, and loads its queue.
     *
     * @param store the scheduler's KV namespace, not {@code null}
     * @param config the settings, not {@code null}
     * @throws IllegalArgumentException if an argument is {@code null}
     * @throws RuntimeException the store's failure, for example {@code KVStoreException}
     */
    public SchedulerEngine(KVStore store, EngineConfig config) {
        this(store, config, EngineEnvironment.system());
    }

    /**
     * Creates an engine and loads its queue from the store; runs nothing until {@link #start()}.
     *
     * @param store the scheduler's KV namespace, not {@code null}; no other engine may use it
     *     at the same time
     * @param config the settings, not {@code null}
     * @param environment clock, timer, threads and randomness, not {@code null}; the engine
     *     closes the timer when it stops
     * @throws IllegalArgumentException if an argument is {@code null}
     * @throws IllegalStateException if the store holds an entry that is not a queue entry
     * @throws RuntimeException the store's failure, for example {@code KVStoreException}
     */
    public SchedulerEngine(KVStore store, EngineConfig config, EngineEnvironment environment) {
        if (store == null || config == null || environment == null) {
            throw new IllegalArgumentException("store " + store + ", config " + config + " or environment "
                    + environment + " is null; pass all three");
        }
        this.config = config;
        this.timer = environment.timer();
        JobStore jobs = new JobStore(store, new JobCodec(), () -> this.config.retention());
        this.groupCommit = jobs.groupCommit();
        this.dispatcher = new Dispatcher(config, environment.clock());
        this.table = new JobTable(jobs, dispatcher, environment.clock());
        this.events = new JobEventQueue(environment.threads());
        this.queueing = new Queueing(dispatcher, timer, environment.clock(), this::wakeUp);
        JobRunner runner = new JobRunner(table, jobs, dispatcher, queueing, events, this::config, environment);
        this.workers = new WorkerPool(dispatcher, environment.threads(), config.maxConcurrentJobs(), runner::run);
        int node = (int) (environment.random().getAsDouble() * 0x10000);
        JobIds ids = new JobIds(environment.clock(), node, jobs.newestId().orElse(null));
        this.scheduling = new Scheduling(ids, table, jobs, dispatcher, queueing, events);
        this.admin = new JobAdmin(table, jobs, dispatcher, queueing, events, environment.clock());
        this.lister = new JobLister(table, jobs);
        this.recovery = new Recovery(table, jobs, dispatcher, events, environment.clock());
        recovery.load();
        LOG.info(
                "scheduler loaded {} pending jobs ({} were running when the last process ended)",
                table.activeCount(),
                recovery.leftRunningCount());
    }

    /**
     * Starts running jobs: jobs a crash left running go back to pending (or become cancelled if
     * a cancel had reached them), then pending jobs run, oldest first.
     *
     * @throws IllegalStateException if the engine was started or stopped before
     * @throws RuntimeException the store's failure while settling crashed jobs; the engine stays
     *     unstarted and {@code start} may be called again
     */
    public void start() {
        dispatcher.beginStart();
        try {
            recovery.settleLeftRunning();
        } catch (RuntimeException e) {
            dispatcher.abortStart();
            throw e;
        }
        for (Dispatcher.Delayed delayed : dispatcher.started()) {
            queueing.promoteAt(delayed.job(), delayed.due());
        }
        LOG.info(
                "scheduler started: {} jobs pending, at most {} run at once",
                table.activeCount(),
                config.maxConcurrentJobs());
        wakeUp();
    }

    /**
     * Shuts down gracefully: takes no more jobs, lets running ones finish within the shutdown
     * grace period, then interrupts them; they go back to pending, uncounted, and resume at the
     * next start (never cancelled). Returns when no job runs, or after a further 10 s if an
     * executor ignores the interrupt; such a job stays running in the store and is settled like
     * a crash at the next start. Doing it twice does nothing.
     */
    public void stop() {
        List<JobRun> running = dispatcher.beginStop();
        if (running == null) {
            return;
        }
        if (!running.isEmpty()) {
            LOG.info(
                    "scheduler stopping: {} running jobs get {} to finish before they are interrupted",
                    running.size(),
                    config.shutdownGrace());
        }
        TaskTimer.Cancellable graceEnd =
                timer.schedule(config.shutdownGrace(), () -> dispatcher.interruptAll(Interruption.SHUTDOWN));
        awaitRunningJobs();
        graceEnd.cancel();
        workers.shutdown();
        events.close(EVENT_DRAIN);
        timer.close();
        dispatcher.stopped();
        LOG.info("scheduler stopped; {} jobs pending for the next start", table.activeCount());
    }

    /** The same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /**
     * Returns whether the engine takes jobs now: started and not stopping.
     *
     * @return {@code true} between {@link #start()} and {@link #stop()}
     */
    public boolean isStarted() {
        return dispatcher.isStarted();
    }

    /**
     * Registers an executor, or updates the one with the same id (a modified service). Jobs of
     * its types that waited start now; a running job whose type an update dropped goes back to
     * pending.
     *
     * @param id the executor's identity, the {@code service.id}; on equal ranking the lowest
     *     wins
     * @param ranking the {@code service.ranking}; the highest wins each type
     * @param types the names in its {@code job.type} property; invalid names are logged and
     *     skipped
     * @param executor the executor, not {@code null}
     * @return the types it serves, possibly empty (then it is not registered)
     * @throws IllegalArgumentException if {@code executor} is {@code null}
     */
    public Set<String> addExecutor(long id, int ranking, Collection<String> types, JobExecutor executor) {
        if (executor == null) {
            throw new IllegalArgumentException("executor " + id + " is null; pass the JobExecutor service object");
        }
        Set<String> valid = validTypes(id, types);
        if (valid.isEmpty()) {
            LOG.warn(
                    "executor {} serves no job type: its {} property names none validly ({}); it is ignored",
                    id,
                    JobExecutor.JOB_TYPE,
                    types);
            removeExecutor(id);
            return valid;
        }
        List<JobRun> dropped = dispatcher.addExecutor(new ExecutorEntry(id, ranking, valid, executor));
        LOG.info("executor {} serves job types {} with ranking {}", id, valid, ranking);
        awaitEnded(dropped, id);
        wakeUp();
        return valid;
    }

    /**
     * Unregisters an executor. Its running jobs are interrupted and go back to pending,
     * uncounted; this method waits up to the shutdown grace period for them to stop, so the
     * executor's code is not running when it returns. Another executor of the same types, if
     * any, takes over. An unknown id does nothing.
     *
     * @param id the id given to {@link #addExecutor}
     */
    public void removeExecutor(long id) {
        List<JobRun> interrupted = dispatcher.removeExecutor(id);
        if (!interrupted.isEmpty()) {
            LOG.info("executor {} left while it ran {} jobs; they go back to pending", id, interrupted.size());
            awaitEnded(interrupted, id);
        }
        wakeUp();
    }

    /**
     * Returns the job types some executor serves now.
     *
     * @return an unmodifiable snapshot
     */
    public Set<String> servedTypes() {
        return dispatcher.servedTypes();
    }

    /**
     * Returns the required executors of the configuration that no registered executor serves
     * yet.
     *
     * @return an unmodifiable sorted snapshot; empty once the gate may open
     */
    public Set<String> missingRequiredExecutors() {
        return Set.copyOf(dispatcher.missingRequired());
    }

    /**
     * Adds a listener for every job status change (see {@link JobListener}).
     *
     * @param listener the listener, not {@code null}
     * @throws IllegalArgumentException if {@code listener} is {@code null}
     */
    public void addListener(JobListener listener) {
        if (listener == null) {
            throw new IllegalArgumentException("job listener is null; pass the listener to add");
        }
        events.addListener(listener);
    }

    /**
     * Removes a listener; changes already queued may still reach it.
     *
     * @param listener the listener added before
     */
    public void removeListener(JobListener listener) {
        events.removeListener(listener);
    }

    /**
     * Returns the engine's settings.
     *
     * @return the configuration in effect: the one it was made with, or the latest {@link
     *     #reconfigure} gave
     */
    public EngineConfig config() {
        return config;
    }

    /**
     * Takes changed settings without stopping: a new {@code max_concurrent_jobs} applies to the
     * next job that starts (running jobs are never interrupted for it), the retry policy and
     * timeouts to the next attempt, the retention to jobs that finish from now on, the shutdown
     * grace to the next stop, and required executors to the check of unknown job types.
     *
     * @param next the settings, not {@code null}
     * @throws IllegalArgumentException if {@code next} is {@code null}
     */
    public void reconfigure(EngineConfig next) {
        if (next == null) {
            throw new IllegalArgumentException("the new settings are null; pass an EngineConfig");
        }
        EngineConfig previous = config;
        config = next;
        dispatcher.reconfigure(next);
        workers.resize(next.maxConcurrentJobs());
        LOG.info("scheduler settings changed without a restart: {} (were {})", next, previous);
        wakeUp();
    }

    @Override
    public String schedule(String type, Map<String, Object> data, Map<String, Object> metadata) {
        return schedule(JobRequest.of(type, data, metadata));
    }

    @Override
    public String schedule(JobRequest request) {
        if (request == null) {
            throw new IllegalArgumentException(
                    "job request is null; pass a JobRequest, for example JobRequest.of(type, data, metadata)");
        }
        String id = scheduling.schedule(List.of(request)).get(0);
        wakeUp();
        return id;
    }

    @Override
    public List<String> scheduleAll(List<JobRequest> requests) {
        if (requests == null) {
            throw new IllegalArgumentException("job requests is null; pass a list, empty to schedule nothing");
        }
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i) == null) {
                throw new IllegalArgumentException("job request at index " + i + " is null; remove it or "
                        + "pass a JobRequest; nothing was scheduled");
            }
        }
        if (requests.isEmpty()) {
            return List.of();
        }
        List<String> ids = scheduling.schedule(List.copyOf(requests));
        wakeUp();
        return ids;
    }

    @Override
    public Optional<JobInfo> get(String id) {
        return table.get(requireId(id));
    }

    @Override
    public Page<JobInfo> list(JobQuery query) {
        if (query == null) {
            throw new IllegalArgumentException("job query is null; pass JobQuery.all() for every job");
        }
        return lister.list(query);
    }

    @Override
    public boolean cancel(String id) {
        return admin.cancel(requireId(id));
    }

    @Override
    public boolean delete(String id) {
        return admin.delete(requireId(id));
    }

    @Override
    public boolean retry(String id) {
        boolean requeued = admin.retry(requireId(id));
        if (requeued) {
            wakeUp();
        }
        return requeued;
    }

    /** The group commit, for tests that line writers up. */
    GroupCommit groupCommit() {
        return groupCommit;
    }

    /** Starts workers for ready jobs; called with no lock held. */
    private void wakeUp() {
        workers.wakeUp();
    }

    private void awaitRunningJobs() {
        long patience = config.shutdownGrace().plus(INTERRUPT_PATIENCE).toNanos();
        if (dispatcher.awaitIdle(patience)) {
            return;
        }
        dispatcher.interruptAll(Interruption.SHUTDOWN);
        if (!dispatcher.awaitIdle(INTERRUPT_PATIENCE.toNanos())) {
            LOG.warn(
                    "{} jobs still run after being interrupted; they stay running in the store and run again "
                            + "at the next start",
                    dispatcher.slotsInUse());
        }
    }

    /** Waits for an executor's interrupted attempts to end, except one running on this thread. */
    private void awaitEnded(List<JobRun> interrupted, long executorId) {
        List<JobRun> others = interrupted.stream()
                .filter(run -> !run.runsOn(Thread.currentThread()))
                .toList();
        if (others.isEmpty() || config.shutdownGrace().isZero()) {
            return;
        }
        if (!dispatcher.awaitEnded(others, config.shutdownGrace().toNanos())) {
            LOG.warn(
                    "executor {} did not stop {} interrupted jobs within {}; they go back to pending when they "
                            + "return",
                    executorId,
                    others.size(),
                    config.shutdownGrace());
        }
    }

    private static Set<String> validTypes(long id, Collection<String> types) {
        Set<String> valid = new TreeSet<>();
        for (String type : types == null ? List.<String>of() : new ArrayList<>(types)) {
            try {
                valid.add(EngineConfig.requireType("job.type", type));
            } catch (IllegalArgumentException e) {
                LOG.warn("executor {} names an invalid job type and does not serve it: {}", id, e.getMessage());
            }
        }
        return valid;
    }

    private static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(
                    "job id is " + (id == null ? "null" : "'" + id + "'") + "; pass the id schedule returned");
        }
        return id;
    }
}
