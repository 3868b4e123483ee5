package dev.strata.benchmarks.scheduler;

import dev.strata.scheduler.engine.EngineConfig;
import java.util.List;

/**
 * One scheduler under test, on storage of its own in the benchmark's PostgreSQL: Strata's engine
 * on a fresh KV namespace, or db-scheduler on a fresh table. Every job is a no-op that carries a
 * sequence number, which {@link Signals} report back.
 *
 * <p>Life: {@link #fresh} opens a contender on new storage; it accepts jobs at once but runs
 * none until {@link #start}. {@link #close} stops it and leaves pending jobs stored, {@link
 * #reopen} opens the same storage again (a restart), and {@link #drop} removes the storage.
 */
interface Contender extends AutoCloseable {

    /** The schedulers by the names the benchmark's parameters use. */
    List<String> NAMES = List.of(StrataContender.NAME, DbSchedulerContender.NAME);

    /** Jobs that run at once, in both: the engine's default, and db-scheduler's thread pool. */
    int MAX_CONCURRENT_JOBS = EngineConfig.DEFAULT_MAX_CONCURRENT_JOBS;

    /**
     * Opens a scheduler on new, empty storage.
     *
     * @param name one of {@link #NAMES}
     */
    static Contender fresh(String name) {
        return switch (name) {
            case StrataContender.NAME -> StrataContender.fresh();
            case DbSchedulerContender.NAME -> DbSchedulerContender.fresh();
            default ->
                throw new IllegalArgumentException("scheduler '" + name + "' is not benchmarked; use one of " + NAMES);
        };
    }

    /** The name shown in the figures. */
    String name();

    /** Schedules job {@code n} to run now; it is durable when this returns. */
    void schedule(long n);

    /** Schedules jobs {@code first} to {@code first + count - 1} in one call of the batch API. */
    void scheduleBatch(long first, int count);

    /** Registers the no-op executor, which reports to {@code signals}, and starts running jobs. */
    void start(Signals signals);

    /** Opens another scheduler on this one's storage; call after {@link #close}. */
    Contender reopen();

    /** Stops the scheduler: running jobs finish, pending ones stay stored. */
    @Override
    void close();

    /** Removes the storage and everything in it; call after {@link #close}. */
    void drop();
}
