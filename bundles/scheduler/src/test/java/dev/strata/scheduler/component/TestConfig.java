package dev.strata.scheduler.component;

import java.lang.annotation.Annotation;

/** A {@link SchedulerConfig} with the OCD's defaults, changed field by field as a test needs. */
final class TestConfig implements SchedulerConfig {

    int maxConcurrentJobs = 10;
    String[] requiredExecutors = {};
    int retryMaxAttempts = 3;
    String retryInitialBackoff = "1s";
    double retryMultiplier = 2.0;
    String retryMaxBackoff = "5m";
    double retryJitter = 0.2;
    String retention = "7d";
    String shutdownGrace = "30s";
    String[] timeouts = {};

    @Override
    public Class<? extends Annotation> annotationType() {
        return SchedulerConfig.class;
    }

    @Override
    public String provider_id() {
        return "scheduler";
    }

    @Override
    public String provider_type() {
        return SchedulerCore.PROVIDER_TYPE;
    }

    @Override
    public int max_concurrent_jobs() {
        return maxConcurrentJobs;
    }

    @Override
    public String[] required_executors() {
        return requiredExecutors;
    }

    @Override
    public int retry_max_attempts() {
        return retryMaxAttempts;
    }

    @Override
    public String retry_initial_backoff() {
        return retryInitialBackoff;
    }

    @Override
    public double retry_multiplier() {
        return retryMultiplier;
    }

    @Override
    public String retry_max_backoff() {
        return retryMaxBackoff;
    }

    @Override
    public double retry_jitter() {
        return retryJitter;
    }

    @Override
    public String retention() {
        return retention;
    }

    @Override
    public String shutdown_grace() {
        return shutdownGrace;
    }

    @Override
    public String[] timeouts() {
        return timeouts;
    }
}
