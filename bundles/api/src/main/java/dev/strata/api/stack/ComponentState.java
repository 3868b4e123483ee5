package dev.strata.api.stack;

import java.util.List;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One Declarative Services component of a Strata bundle, or one configuration of it when a
 * factory configuration created several.
 *
 * @param name the component name, never {@code null}
 * @param bundle the symbolic name of the bundle that declares it, never {@code null}
 * @param state the state, never {@code null}
 * @param waitingFor what the component still waits for, one entry per missing reference
 *     (reference name, service interface and target filter) or missing configuration PID; empty
 *     when it waits for nothing; never {@code null}
 * @param failure why activation failed, or {@code null} when it did not
 */
@ProviderType
public record ComponentState(
        String name, String bundle, ComponentState.State state, List<String> waitingFor, String failure) {

    /** Rejects {@code null} names and states and copies {@code waitingFor}. */
    public ComponentState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(state, "state");
        waitingFor = List.copyOf(Objects.requireNonNull(waitingFor, "waitingFor"));
    }

    /**
     * Whether this component keeps the stack from being ready.
     *
     * @return {@code true} unless the component is active, satisfied, disabled on purpose or waits
     *     only for a configuration that was never given
     */
    public boolean holdsReadiness() {
        return switch (state) {
            case ACTIVE, SATISFIED, DISABLED, NOT_CONFIGURED -> false;
            case UNSATISFIED_REFERENCE, UNSATISFIED_CONFIGURATION, FAILED_ACTIVATION, CHANGING -> true;
        };
    }

    /** The states of a component, as the Service Component Runtime reports them. */
    @ProviderType
    public enum State {
        /** Activated: its object exists. */
        ACTIVE,
        /** Satisfied but not yet activated (a delayed component nobody has used yet). */
        SATISFIED,
        /** Waits for one or more mandatory references; see {@link ComponentState#waitingFor()}. */
        UNSATISFIED_REFERENCE,
        /** Has a configuration, but still lacks a required one. */
        UNSATISFIED_CONFIGURATION,
        /** Requires a configuration and has none: a provider the run config does not use. */
        NOT_CONFIGURED,
        /** Disabled, so the runtime does not try to satisfy it. */
        DISABLED,
        /** Its activate method threw; see {@link ComponentState#failure()}. */
        FAILED_ACTIVATION,
        /**
         * In passing between states: while its configuration is replaced or it is disposed (the
         * Service Component Runtime reports no state of the specification then), or while an
         * immediate component activates (reported as satisfied).
         */
        CHANGING;

        /**
         * The state as shown to operators.
         *
         * @return the name in lower case with spaces, e.g. {@code "unsatisfied reference"}
         */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }
}
