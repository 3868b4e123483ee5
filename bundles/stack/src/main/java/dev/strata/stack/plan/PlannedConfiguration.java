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
 * @param line the run config line it comes from, 0 when derived (a KV store made for a
 *     {@code {backend, namespace}} reference takes the line of its backend)
 */
public record PlannedConfiguration(
        String factoryPid, String name, Map<String, Object> properties, String api, List<String> dependsOn, int line) {

    /** Copies the properties (keeping their order) and the dependencies. */
    public PlannedConfiguration {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        dependsOn = List.copyOf(dependsOn);
    }

    /** The key other planned configurations use in {@link #dependsOn()}. */
    public String key() {
        return api + "/" + name;
    }
}
