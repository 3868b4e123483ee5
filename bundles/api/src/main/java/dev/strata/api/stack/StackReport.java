package dev.strata.api.stack;

import java.util.List;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A snapshot of Strata's bundles and components.
 *
 * <p>The stack is <em>ready</em> when the framework has finished installing its boot features,
 * every Strata bundle is active, every configured Strata component is active or satisfied, and
 * the run config has been read and each of its providers in effect is active (see {@link
 * RunConfigStatus}).
 * Components that wait for a configuration nobody gave them (provider templates that the run
 * config did not use) do not hold readiness back.
 *
 * @param ready whether the stack is ready, as defined above
 * @param bootFinished whether the framework has finished installing its boot features
 * @param bundles Strata's bundles in bundle id order; never {@code null}, may be empty
 * @param components the DS components of those bundles, sorted by bundle and name; never {@code
 *     null}, may be empty
 */
@ProviderType
public record StackReport(
        boolean ready, boolean bootFinished, List<BundleState> bundles, List<ComponentState> components) {

    /** Copies both lists; neither may be {@code null}. */
    public StackReport {
        bundles = List.copyOf(Objects.requireNonNull(bundles, "bundles"));
        components = List.copyOf(Objects.requireNonNull(components, "components"));
    }

    /**
     * The components that hold readiness back.
     *
     * @return the components whose state is neither active nor satisfied and that are not waiting
     *     only for a configuration; never {@code null}
     */
    public List<ComponentState> waiting() {
        return components.stream().filter(ComponentState::holdsReadiness).toList();
    }
}
