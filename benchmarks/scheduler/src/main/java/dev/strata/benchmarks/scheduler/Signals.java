package dev.strata.benchmarks.scheduler;

/**
 * What the benchmark hears from a scheduler, by the sequence number each job carries. Called on
 * the schedulers' own threads: implementations must be thread-safe and quick.
 */
interface Signals {

    /** Hears nothing. */
    Signals NONE = new Signals() {};

    /** The no-op executor was entered for job {@code n}. */
    default void entered(long n) {}

    /** Job {@code n} completed, and its completion is durable. */
    default void completed(long n) {}
}
