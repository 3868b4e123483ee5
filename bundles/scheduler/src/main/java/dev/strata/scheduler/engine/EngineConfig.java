package dev.strata.scheduler.engine;

import dev.strata.api.scheduler.JobQuery;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The engine's settings, as the run config's {@code job_scheduler} provider gives them.
 * Immutable; start from {@link #defaults()} and change with the {@code with} methods.
 *
 * @param maxConcurrentJobs how many jobs run at once at most ({@code max_concurrent_jobs}), 1
 *     or more; further jobs wait, oldest first
 * @param requiredExecutors the job types the scheduler needs before it starts; also accepted by
 *     {@code schedule} before any executor served them; never {@code null}
 * @param retry how failed attempts are retried, never {@code null}
 * @param timeouts the longest an attempt of a type may run before it is interrupted and counted
 *     as failed; types not named have no timeout; never {@code null}
 * @param retention how long a finished job stays readable before it is removed, positive
 * @param shutdownGrace how long {@link SchedulerEngine#stop()} lets running jobs finish before
 *     interrupting them, and how long removing an executor waits for its jobs to stop; zero or
 *     positive
 */
public record EngineConfig(
        int maxConcurrentJobs,
        Set<String> requiredExecutors,
        RetryPolicy retry,
        Map<String, Duration> timeouts,
        Duration retention,
        Duration shutdownGrace) {

    /** Jobs that run at once when the configuration names no limit: {@value}. */
    public static final int DEFAULT_MAX_CONCURRENT_JOBS = 10;

    /** How long finished jobs are kept when the configuration says nothing: 7 days. */
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);

    /** How long running jobs may finish at shutdown when the configuration says nothing: 30 s. */
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(30);

    /**
     * Validates the settings and copies the collections.
     *
     * @throws IllegalArgumentException if a value is missing or out of range, or a job type
     *     breaks the naming rule; the message names the setting and the value
     */
    public EngineConfig {
        if (maxConcurrentJobs < 1) {
            throw new IllegalArgumentException("max_concurrent_jobs is " + maxConcurrentJobs + "; use 1 or more");
        }
        requiredExecutors = copyTypes(requiredExecutors);
        if (retry == null) {
            throw new IllegalArgumentException("retry policy is null; use RetryPolicy.defaults()");
        }
        timeouts = copyTimeouts(timeouts);
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention is " + retention + "; use a positive duration such as P7D");
        }
        if (shutdownGrace == null || shutdownGrace.isNegative()) {
            throw new IllegalArgumentException(
                    "shutdown grace is " + shutdownGrace + "; use zero or a positive duration such as PT30S");
        }
    }

    /**
     * Returns the settings used when the run config gives none.
     *
     * @return 10 concurrent jobs, no required executors, {@link RetryPolicy#defaults()}, no
     *     timeouts, 7 days of retention, 30 s of shutdown grace
     */
    public static EngineConfig defaults() {
        return new EngineConfig(
                DEFAULT_MAX_CONCURRENT_JOBS,
                Set.of(),
                RetryPolicy.defaults(),
                Map.of(),
                DEFAULT_RETENTION,
                DEFAULT_SHUTDOWN_GRACE);
    }

    /**
     * Returns the timeout of a job type.
     *
     * @param type the job type
     * @return the timeout, or empty when attempts of that type may run as long as they take
     */
    public Optional<Duration> timeout(String type) {
        return Optional.ofNullable(timeouts.get(type));
    }

    /**
     * Returns a copy with another concurrency limit.
     *
     * @param limit how many jobs run at once at most, 1 or more
     * @return the new settings
     */
    public EngineConfig withMaxConcurrentJobs(int limit) {
        return new EngineConfig(limit, requiredExecutors, retry, timeouts, retention, shutdownGrace);
    }

    /**
     * Returns a copy with other required executors.
     *
     * @param types the job types the scheduler needs, not {@code null}
     * @return the new settings
     */
    public EngineConfig withRequiredExecutors(Set<String> types) {
        return new EngineConfig(maxConcurrentJobs, types, retry, timeouts, retention, shutdownGrace);
    }

    /**
     * Returns a copy with another retry policy.
     *
     * @param policy the policy, not {@code null}
     * @return the new settings
     */
    public EngineConfig withRetry(RetryPolicy policy) {
        return new EngineConfig(maxConcurrentJobs, requiredExecutors, policy, timeouts, retention, shutdownGrace);
    }

    /**
     * Returns a copy in which attempts of one type time out.
     *
     * @param type the job type
     * @param timeout the longest an attempt may run, positive
     * @return the new settings
     */
    public EngineConfig withTimeout(String type, Duration timeout) {
        Map<String, Duration> changed = new HashMap<>(timeouts);
        changed.put(type, timeout);
        return new EngineConfig(maxConcurrentJobs, requiredExecutors, retry, changed, retention, shutdownGrace);
    }

    /**
     * Returns a copy with another retention period.
     *
     * @param period how long finished jobs are kept, positive
     * @return the new settings
     */
    public EngineConfig withRetention(Duration period) {
        return new EngineConfig(maxConcurrentJobs, requiredExecutors, retry, timeouts, period, shutdownGrace);
    }

    /**
     * Returns a copy with another shutdown grace period.
     *
     * @param grace how long running jobs may finish at shutdown, zero or positive
     * @return the new settings
     */
    public EngineConfig withShutdownGrace(Duration grace) {
        return new EngineConfig(maxConcurrentJobs, requiredExecutors, retry, timeouts, retention, grace);
    }

    private static Set<String> copyTypes(Set<String> types) {
        if (types == null) {
            throw new IllegalArgumentException("required executors is null; use an empty set for none");
        }
        Set<String> copy = new TreeSet<>();
        for (String type : types) {
            copy.add(requireType("required executor", type));
        }
        return Set.copyOf(copy);
    }

    private static Map<String, Duration> copyTimeouts(Map<String, Duration> timeouts) {
        if (timeouts == null) {
            throw new IllegalArgumentException("timeouts is null; use an empty map for no timeouts");
        }
        for (Map.Entry<String, Duration> entry : timeouts.entrySet()) {
            requireType("timeout", entry.getKey());
            Duration timeout = entry.getValue();
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout of job type '" + entry.getKey() + "' is " + timeout
                        + "; use a positive duration such as PT10M, or leave the type out for no timeout");
            }
        }
        return Map.copyOf(timeouts);
    }

    /** Applies the API's naming rule for job types, so the engine and the API never disagree. */
    static String requireType(String setting, String type) {
        if (type == null) {
            throw new IllegalArgumentException(setting + ": job type is null; name a job type such as ingest.files");
        }
        try {
            JobQuery.all().withType(type);
            return type;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + ": " + e.getMessage(), e);
        }
    }
}
