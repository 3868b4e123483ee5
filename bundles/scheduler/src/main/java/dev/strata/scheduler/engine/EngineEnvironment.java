package dev.strata.scheduler.engine;

import java.time.Clock;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;

/**
 * What the engine takes from its surroundings: time, a timer, threads and randomness. Tests
 * pass a clock and timer they advance by hand; production uses {@link #system()}.
 *
 * @param clock where timestamps come from (created, started and finished times, backoff
 *     deadlines, expiry of finished jobs), not {@code null}
 * @param timer runs the engine's delayed tasks; the engine closes it when it stops; not {@code
 *     null}
 * @param threads makes the worker threads that run executors and the thread that delivers
 *     events, not {@code null}
 * @param random numbers from 0 (inclusive) to 1 (exclusive) for retry jitter, not {@code null}
 */
public record EngineEnvironment(Clock clock, TaskTimer timer, ThreadFactory threads, DoubleSupplier random) {

    /**
     * Validates the environment.
     *
     * @throws IllegalArgumentException if a component is {@code null}
     */
    public EngineEnvironment {
        if (clock == null || timer == null || threads == null || random == null) {
            throw new IllegalArgumentException("engine environment has a null component (clock " + clock + ", timer "
                    + timer + ", threads " + threads + ", random " + random + "); pass all four, or use system()");
        }
    }

    /**
     * Returns a new environment of the system clock in UTC, a timer thread of its own, daemon
     * threads named {@code strata-scheduler-N} and thread-local randomness. Each call makes a
     * new timer, which the engine that receives it closes.
     *
     * @return the environment
     */
    public static EngineEnvironment system() {
        ThreadFactory threads = daemonThreads("strata-scheduler-");
        return new EngineEnvironment(
                Clock.systemUTC(),
                new SystemTaskTimer(threads),
                threads,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * Returns a factory of daemon threads, so a scheduler that is not stopped never keeps the
     * JVM alive.
     *
     * @param prefix the thread name before its number
     * @return the factory
     */
    public static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
