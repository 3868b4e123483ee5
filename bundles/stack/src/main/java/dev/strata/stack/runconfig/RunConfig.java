package dev.strata.stack.runconfig;

import java.util.List;
import java.util.Map;

/**
 * A run config read from {@code etc/run.yaml}, environment references substituted, its shape
 * checked. Whether its provider types exist and its values fit their schemas is checked
 * against the provider catalogue, later.
 *
 * @param providers every enabled provider, in file order
 * @param backends the KV backends of {@code storage.backends} by name, in file order
 */
public record RunConfig(List<ProviderEntry> providers, Map<String, BackendEntry> backends) {

    /** Copies both collections. */
    public RunConfig {
        providers = List.copyOf(providers);
        backends = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(backends));
    }

    /** The run config of an empty file: no providers, no backends. */
    public static RunConfig empty() {
        return new RunConfig(List.of(), Map.of());
    }

    /**
     * One provider of the run config.
     *
     * @param api the API it serves, the key it is listed under, e.g. {@code vector_io}
     * @param providerId its id, unique within its API
     * @param providerType the type that says which bundle serves it, e.g. {@code inline::lucene}
     * @param config its configuration as plain JSON-like values, never {@code null}
     * @param line the 1-based line the entry starts on
     * @param lines the line of each setting under {@code config}, by its key path there, such as
     *     {@code retention} or {@code retry.initial_backoff}; a setting not in it is on {@code line}
     */
    public record ProviderEntry(
            String api,
            String providerId,
            String providerType,
            Map<String, Object> config,
            int line,
            Map<String, Integer> lines) {

        /** Copies the lines. */
        public ProviderEntry {
            lines = Map.copyOf(lines);
        }

        /** An entry whose settings are all taken to be on its own line. */
        public ProviderEntry(String api, String providerId, String providerType, Map<String, Object> config, int line) {
            this(api, providerId, providerType, config, line, Map.of());
        }

        /** The line of the setting at a key path under {@code config}. */
        public int lineOf(String keyPath) {
            return lines.getOrDefault(keyPath, line);
        }
    }

    /**
     * One KV backend of {@code storage.backends}.
     *
     * @param name the name providers refer to it by, e.g. {@code kv_default}
     * @param type the backend type, e.g. {@code kv_derby}
     * @param settings every other key of the entry, as plain values
     * @param line the 1-based line the entry starts on
     * @param lines the line of each setting, by its key path, as {@link ProviderEntry#lines()}
     */
    public record BackendEntry(
            String name, String type, Map<String, Object> settings, int line, Map<String, Integer> lines) {

        /** Copies the lines. */
        public BackendEntry {
            lines = Map.copyOf(lines);
        }

        /** A backend whose settings are all taken to be on its own line. */
        public BackendEntry(String name, String type, Map<String, Object> settings, int line) {
            this(name, type, settings, line, Map.of());
        }

        /** The line of the setting at a key path. */
        public int lineOf(String keyPath) {
            return lines.getOrDefault(keyPath, line);
        }
    }
}
