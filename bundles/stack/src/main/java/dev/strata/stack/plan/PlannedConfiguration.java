package dev.strata.stack.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One factory configuration the run config asks for: what the stack creates or updates in
 * Configuration Admin, named {@code factoryPid~name}.
 *
 * @param factoryPid the factory PID of the component that serves the provider type
 * @param name the configuration's name, unique per factory PID: the provider id, or {@code
 *     BACKEND.NAMESPACE} for a KV store
 * @param properties the configuration's properties, Configuration Admin types only
 * @param api the API it serves, for status and ordering
 * @param dependsOn the names of the planned configurations it needs, as {@code api/name}
 * @param line the run config line it comes from (a KV store made for a {@code {backend,
 *     namespace}} reference takes the line of its backend)
 * @param origin the run config key its settings come from, e.g. {@code
 *     providers.job_scheduler.config} or {@code storage.backends.kv_default}
 */
public record PlannedConfiguration(
        String factoryPid,
        String name,
        Map<String, Object> properties,
        String api,
        List<String> dependsOn,
        int line,
        String origin) {

    /** Copies the properties (keeping their order) and the dependencies. */
    public PlannedConfiguration {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        dependsOn = List.copyOf(dependsOn);
    }

    /** A copy with other properties. */
    public PlannedConfiguration withProperties(Map<String, Object> replacement) {
        return new PlannedConfiguration(factoryPid, name, replacement, api, dependsOn, line, origin);
    }

    /** A copy with other dependencies. */
    public PlannedConfiguration withDependsOn(List<String> replacement) {
        return new PlannedConfiguration(factoryPid, name, properties, api, replacement, line, origin);
    }

    /** The key other planned configurations use in {@link #dependsOn()}. */
    public String key() {
        return api + "/" + name;
    }
}
