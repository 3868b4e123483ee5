package dev.strata.scheduler.component;

import dev.strata.scheduler.engine.EngineConfig;
import dev.strata.scheduler.engine.RetryPolicy;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a {@link SchedulerConfig} into the engine's {@link EngineConfig}. Every fault names the
 * configuration property, its value and what to write instead, so that a failed activation says
 * in the log what to fix in run.yaml.
 */
final class EngineSettings {

    private EngineSettings() {}

    /** @throws IllegalArgumentException on the first bad value */
    static EngineConfig of(SchedulerConfig config) {
        RetryPolicy retry = new RetryPolicy(
                config.retry_max_attempts(),
                Durations.parse("retry.initial.backoff", config.retry_initial_backoff()),
                config.retry_multiplier(),
                Durations.parse("retry.max.backoff", config.retry_max_backoff()),
                config.retry_jitter());
        return new EngineConfig(
                config.max_concurrent_jobs(),
                requiredExecutors(config.required_executors()),
                retry,
                timeouts(config.timeouts()),
                Durations.parse("retention", config.retention()),
                Durations.parse("shutdown.grace", config.shutdown_grace()));
    }

    private static Set<String> requiredExecutors(String[] types) {
        Set<String> required = new TreeSet<>();
        for (String type : types == null ? new String[0] : types) {
            if (type != null && !type.isBlank()) {
                required.add(type.trim());
            }
        }
        return required;
    }

    /** Reads {@code TYPE=DURATION} entries; job types contain {@code _}, so they cannot be keys. */
    static Map<String, Duration> timeouts(String[] entries) {
        Map<String, Duration> timeouts = new LinkedHashMap<>();
        for (String entry : entries == null ? new String[0] : entries) {
            int at = entry == null ? -1 : entry.indexOf('=');
            if (at < 1) {
                throw new IllegalArgumentException("timeouts has the entry '" + entry + "' in "
                        + Arrays.toString(entries) + "; write TYPE=DURATION, such as vector_store_file_batch=1h");
            }
            String type = entry.substring(0, at).trim();
            timeouts.put(type, Durations.parse("timeouts entry for " + type, entry.substring(at + 1)));
        }
        return timeouts;
    }
}
