package dev.strata.api.stack;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One provider of the run config in effect, and how it is doing.
 *
 * @param api the API it serves, e.g. {@code job_scheduler}; {@code kvstore} for a KV store made
 *     for a {@code {backend, namespace}} reference
 * @param providerId its id
 * @param providerType its type, e.g. {@code inline::scheduler}
 * @param pid the PID of its factory configuration
 * @param state {@code active}, {@code waiting} or {@code failed}
 * @param waitingFor what a waiting provider still needs (references with their target filters),
 *     or why it failed; empty for an active one; never {@code null}
 * @param dependsOn the providers it needs, as {@code api/provider_id}; never {@code null}
 * @param config its configuration properties, secrets masked as {@code ****}; never {@code
 *     null}
 */
@ProviderType
public record ProviderReport(
        String api,
        String providerId,
        String providerType,
        String pid,
        String state,
        List<String> waitingFor,
        List<String> dependsOn,
        Map<String, Object> config) {

    /** Rejects {@code null} names and copies the collections. */
    public ProviderReport {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(providerType, "providerType");
        Objects.requireNonNull(pid, "pid");
        Objects.requireNonNull(state, "state");
        waitingFor = List.copyOf(waitingFor);
        dependsOn = List.copyOf(dependsOn);
        config = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(config));
    }
}
