package dev.strata.scheduler.component;

import dev.strata.api.stack.SettingException;
import dev.strata.scheduler.engine.EngineConfig;
import dev.strata.scheduler.engine.RetryPolicy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a {@link SchedulerConfig} into the engine's {@link EngineConfig}: at activation, and for
 * {@link SchedulerSettingsCheck} before the stack applies a run config, so that both refuse the
 * same values. Every fault names the configuration property, its value and what to write
 * instead; the ranges repeat the engine's rules so that a fault names its property, and the
 * engine's own checks still run last.
 */
final class EngineSettings {

    private EngineSettings() {}

    /** @throws SettingException on the first bad value */
    static EngineConfig of(SchedulerConfig config) {
        return new EngineConfig(
                atLeastOne("max.concurrent.jobs", config.max_concurrent_jobs()),
                requiredExecutors(config.required_executors()),
                retry(config),
                timeouts(config.timeouts()),
                positive("retention", config.retention()),
                notNegative("shutdown.grace", config.shutdown_grace()));
    }

    private static RetryPolicy retry(SchedulerConfig config) {
        Duration initial = positive("retry.initial.backoff", config.retry_initial_backoff());
        Duration longest = positive("retry.max.backoff", config.retry_max_backoff());
        if (longest.compareTo(initial) < 0) {
            throw new SettingException(
                    "retry.max.backoff",
                    "is '" + config.retry_max_backoff() + "', shorter than the initial backoff '"
                            + config.retry_initial_backoff() + "'; give at least the initial backoff");
        }
        double multiplier = config.retry_multiplier();
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new SettingException("retry.multiplier", "is " + multiplier + "; give 1 or more, such as 2");
        }
        double jitter = config.retry_jitter();
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new SettingException("retry.jitter", "is " + jitter + "; give a share from 0 to 1, such as 0.2");
        }
        return new RetryPolicy(
                atLeastOne("retry.max.attempts", config.retry_max_attempts()), initial, multiplier, longest, jitter);
    }

    private static int atLeastOne(String property, int value) {
        if (value < 1) {
            throw new SettingException(property, "is " + value + "; give 1 or more");
        }
        return value;
    }

    private static Duration positive(String property, String value) {
        Duration duration = notNegative(property, value);
        if (duration.isZero()) {
            throw new SettingException(property, "is '" + value + "'; give a duration longer than 0, such as 30s");
        }
        return duration;
    }

    private static Duration notNegative(String property, String value) {
        Duration duration = Durations.parse(property, value);
        if (duration.isNegative()) {
            throw new SettingException(property, "is '" + value + "'; give 0 or a longer duration, such as 30s");
        }
        return duration;
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
                throw new SettingException(
                        "timeouts",
                        "has the entry '" + entry + "'; write TYPE=DURATION, such as vector_store_file_batch=1h");
            }
            String type = entry.substring(0, at).trim();
            String duration = entry.substring(at + 1).trim();
            try {
                timeouts.put(type, positive("timeouts", duration));
            } catch (SettingException e) {
                throw new SettingException("timeouts", "has the entry '" + entry + "', whose duration " + e.problem());
            }
        }
        return timeouts;
    }
}
