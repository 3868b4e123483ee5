package dev.strata.api.stack;

import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One Strata bundle as the framework sees it.
 *
 * @param id the bundle id
 * @param symbolicName the bundle symbolic name, never {@code null}
 * @param version the bundle version, never {@code null}
 * @param state the framework state in lower case: {@code installed}, {@code resolved}, {@code
 *     starting}, {@code active} or {@code stopping}
 */
@ProviderType
public record BundleState(long id, String symbolicName, String version, String state) {

    /** Rejects {@code null} names, versions and states. */
    public BundleState {
        Objects.requireNonNull(symbolicName, "symbolicName");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(state, "state");
    }

    /**
     * Whether the bundle is active.
     *
     * @return {@code true} when {@link #state()} is {@code active}
     */
    public boolean isActive() {
        return "active".equals(state);
    }
}
