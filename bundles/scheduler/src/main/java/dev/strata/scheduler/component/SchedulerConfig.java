package dev.strata.scheduler.component;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The configuration of one inline scheduler: a factory configuration of PID {@value
 * SchedulerCore#PID}. Property names follow the DS mapping of method names (DS 1.5, section
 * 112.8.2.1): {@code max_concurrent_jobs} reads {@code max.concurrent.jobs}, which is also how the
 * stack spells the run config's {@code max_concurrent_jobs}. Durations are ISO-8601 ({@code
 * PT30S}, {@code P7D}) or a number with {@code ms}, {@code s}, {@code m}, {@code h} or {@code d}
 * ({@code 30s}, {@code 7d}); see {@link Durations}.
 */
@ObjectClassDefinition(
        id = SchedulerCore.PID,
        name = "Strata inline scheduler",
        description = "Durable jobs in a KV store, run by JobExecutor services of this framework.")
public @interface SchedulerConfig {

    @AttributeDefinition(
            name = "Provider id",
            description =
                    "The scheduler's id; consumers choose it with a target filter such as (provider.id=scheduler).")
    String provider_id();

    @AttributeDefinition(name = "Provider type", description = "Always inline::scheduler.")
    String provider_type() default SchedulerCore.PROVIDER_TYPE;

    @AttributeDefinition(name = "Concurrent jobs", description = "How many jobs run at once at most.", min = "1")
    int max_concurrent_jobs() default 10;

    @AttributeDefinition(
            name = "Required executors",
            description = "Job types whose executors must be registered before the scheduler starts.",
            required = false)
    String[] required_executors() default {};

    @AttributeDefinition(name = "Attempts", description = "How many attempts a job gets before it fails.", min = "1")
    int retry_max_attempts() default 3;

    @AttributeDefinition(name = "Initial backoff", description = "Delay after the first failed attempt, such as 1s.")
    String retry_initial_backoff() default "1s";

    @AttributeDefinition(name = "Backoff multiplier", description = "How much each further delay grows, 1 or more.")
    double retry_multiplier() default 2.0;

    @AttributeDefinition(name = "Longest backoff", description = "The cap on the delay between attempts, such as 5m.")
    String retry_max_backoff() default "5m";

    @AttributeDefinition(
            name = "Backoff jitter",
            description = "The largest share by which a delay is shortened, from 0 to 1.")
    double retry_jitter() default 0.2;

    @AttributeDefinition(name = "Retention", description = "How long finished jobs stay readable, such as 7d.")
    String retention() default "7d";

    @AttributeDefinition(
            name = "Shutdown grace",
            description = "How long running jobs may finish at shutdown, or when their executor leaves, such as 30s.")
    String shutdown_grace() default "30s";

    @AttributeDefinition(
            name = "Timeouts",
            description = "Per job type, TYPE=DURATION, such as vector_store_file_batch=1h; other types have none.",
            required = false)
    String[] timeouts() default {};
}
