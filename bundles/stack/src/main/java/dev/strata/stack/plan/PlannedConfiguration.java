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
 * @param lines the run config line of each property that a setting of the file gives
 */
public record PlannedConfiguration(
        String factoryPid,
        String name,
        Map<String, Object> properties,
        String api,
        List<String> dependsOn,
        int line,
        String origin,
        Map<String, Integer> lines) {

    /** Copies the properties (keeping their order), the dependencies and the lines. */
    public PlannedConfiguration {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        dependsOn = List.copyOf(dependsOn);
        lines = Map.copyOf(lines);
    }

    /** A configuration whose properties are all taken to come from {@code line}. */
    public PlannedConfiguration(
            String factoryPid,
            String name,
            Map<String, Object> properties,
            String api,
            List<String> dependsOn,
            int line,
            String origin) {
        this(factoryPid, name, properties, api, dependsOn, line, origin, Map.of());
    }

    /** A copy with other properties. */
    public PlannedConfiguration withProperties(Map<String, Object> replacement) {
        return new PlannedConfiguration(factoryPid, name, replacement, api, dependsOn, line, origin, lines);
    }

    /** A copy with other dependencies. */
    public PlannedConfiguration withDependsOn(List<String> replacement) {
        return new PlannedConfiguration(factoryPid, name, properties, api, replacement, line, origin, lines);
    }

    /** The run config line of a property: its setting's line, else the entry's. */
    public int lineOf(String property) {
        return lines.getOrDefault(property, line);
    }

    /** The key other planned configurations use in {@link #dependsOn()}. */
    public String key() {
        return api + "/" + name;
    }
}
