package dev.strata.api.stack;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reports the state of Strata's bundles and components, for the console, health checks and
 * scripts that wait for the stack to be ready.
 *
 * <p>Thread-safe; every call takes a fresh snapshot from the framework and the Service Component
 * Runtime, so two calls may disagree while bundles start or stop.
 */
@ProviderType
public interface StackStatus {

    /**
     * Takes a snapshot of the stack.
     *
     * @return the current report, never {@code null}
     */
    StackReport report();
}
