package dev.strata.api.stack;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reports what the run config ({@code etc/run.yaml}) runs, for {@code stack:providers}, {@code
 * stack:config} and health checks. Thread-safe; each call takes a fresh snapshot, so the states
 * of two calls may differ while providers start.
 */
@ProviderType
public interface RunConfigStatus {

    /**
     * The run config in effect and the state of each of its providers.
     *
     * @return a snapshot, never {@code null}
     */
    RunConfigReport report();
}
