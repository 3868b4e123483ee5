package dev.strata.stack.plan;

import dev.strata.api.common.ProviderProperties;
import dev.strata.api.stack.SettingsCheck;
import dev.strata.stack.catalogue.ProviderCatalogue;
import dev.strata.stack.catalogue.ProviderDescriptor;
import dev.strata.stack.runconfig.RunConfig;
import dev.strata.stack.runconfig.RunConfig.ProviderEntry;
import dev.strata.stack.runconfig.RunConfigException;
import dev.strata.stack.runconfig.RunConfigException.Fault;
import dev.strata.stack.runconfig.Suggestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a {@link RunConfig} into the factory configurations that make its providers run, using
 * what installed bundles declare about their provider types. Stateless and thread-safe.
 *
 * <p>Within a provider's {@code config}:
 *
 * <ul>
 *   <li>{@code KEY: {backend: NAME, namespace: NS}} uses a KV store of {@code storage.backends}:
 *       the plan adds one KV store configuration per backend and namespace (provider id {@code
 *       NAME.NS}) and points the provider's {@code KEY} reference at it with {@code
 *       KEY.target}, Declarative Services' target property (DS 1.5, section 112.6).
 *   <li>{@code KEY: {provider: ID}} points the {@code KEY} reference at another provider.
 *   <li>Anything else becomes configuration properties (see {@link ConfigValues}).
 * </ul>
 *
 * A provider that executes jobs makes the scheduler wait for its job types: unless a scheduler
 * sets {@code required_executors} itself, it is the union of every configured provider's
 * {@code executes}.
 */
public final class RunConfigPlanner {

    /** The API name under which KV backends serve; it is not listed under {@code providers}. */
    public static final String KVSTORE_API = "kvstore";

    /** The API whose providers get the default {@code required_executors}. */
    public static final String SCHEDULER_API = "job_scheduler";

    /** Marks configurations the stack made from the run config, so it never touches others. */
    public static final String SOURCE_PROPERTY = "strata.source";

    /** The value of {@link #SOURCE_PROPERTY}. */
    public static final String SOURCE = "run.yaml";

    /** The scheduler's property listing the job types it waits for before it starts. */
    static final String REQUIRED_EXECUTORS = "required.executors";

    private final ProviderCatalogue catalogue;
    private final Function<ProviderDescriptor, Optional<SettingsSchema>> schemas;
    private final Function<String, List<SettingsCheck>> checks;

    /** A planner that checks settings only for shape, not against schemas. */
    public RunConfigPlanner(ProviderCatalogue catalogue) {
        this(catalogue, descriptor -> Optional.empty());
    }

    /**
     * A planner that checks settings against schemas but runs no provider checks.
     *
     * @param schemas the settings schema of a provider type, if its bundle describes one; a type
     *     without schema takes any settings
     */
    public RunConfigPlanner(
            ProviderCatalogue catalogue, Function<ProviderDescriptor, Optional<SettingsSchema>> schemas) {
        this(catalogue, schemas, factoryPid -> List.of());
    }

    /**
     * @param schemas the settings schema of a provider type, if its bundle describes one; a type
     *     without schema takes any settings
     * @param checks the {@link SettingsCheck}s registered for a factory PID, called for each
     *     configuration of it whose settings pass the schema; the planner holds no lock while
     *     it calls them
     */
    public RunConfigPlanner(
            ProviderCatalogue catalogue,
            Function<ProviderDescriptor, Optional<SettingsSchema>> schemas,
            Function<String, List<SettingsCheck>> checks) {
        this.catalogue = catalogue;
        this.schemas = schemas;
        this.checks = checks;
    }

    /**
     * @param source the run config's name, for messages
     * @throws RunConfigException listing every fault: unknown APIs and types, unknown backends
     *     and providers, missing required APIs, dependency cycles
     */
    public ConfigurationPlan plan(String source, RunConfig config) throws RunConfigException {
        Planning planning = new Planning(config);
        for (ProviderEntry entry : config.providers()) {
            planning.provider(entry);
        }
        planning.backendTypes();
        planning.defaultRequiredExecutors();
        planning.requiredApis();
        planning.checkSchemas();
        List<PlannedConfiguration> ordered = DependencyOrder.sort(planning.planned, planning.faults);
        if (!planning.faults.isEmpty()) {
            // A backend shared by several namespaces is planned, and checked, once per namespace.
            throw new RunConfigException(source, List.copyOf(new LinkedHashSet<>(planning.faults)));
        }
        return new ConfigurationPlan(ordered, planning.warnings);
    }

    /** The state of one plan call. */
    private final class Planning {
        final RunConfig config;
        final List<Fault> faults = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final Map<String, PlannedConfiguration> planned = new LinkedHashMap<>();
        final Map<String, ProviderDescriptor> descriptors = new LinkedHashMap<>();
        final Set<String> executes = new LinkedHashSet<>();

        Planning(RunConfig config) {
            this.config = config;
        }

        void provider(ProviderEntry entry) {
            ProviderDescriptor descriptor = descriptor(entry);
            if (descriptor == null) {
                return;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put(ProviderProperties.PROVIDER_ID, entry.providerId());
            properties.put(ProviderProperties.PROVIDER_TYPE, entry.providerType());
            properties.put(SOURCE_PROPERTY, SOURCE);
            List<String> dependsOn = new ArrayList<>();
            String path = "providers." + entry.api() + "[" + index(entry) + "].config";
            entry.config().forEach((key, value) -> setting(entry, key, value, path + "." + key, properties, dependsOn));
            PlannedConfiguration configuration = new PlannedConfiguration(
                    descriptor.factoryPid(),
                    entry.providerId(),
                    properties,
                    entry.api(),
                    dependsOn,
                    entry.line(),
                    path,
                    propertyLines(entry.lines()));
            planned.put(configuration.key(), configuration);
            descriptors.put(configuration.key(), descriptor);
            executes.addAll(descriptor.executes());
        }

        /** The lines of settings by key path, as the lines of the properties they become. */
        private static Map<String, Integer> propertyLines(Map<String, Integer> settingLines) {
            Map<String, Integer> lines = new LinkedHashMap<>();
            settingLines.forEach(
                    (keyPath, line) -> lines.put(ConfigValues.propertyName(keyPath.replace('.', '_')), line));
            return lines;
        }

        /** The entry's position in its API's list, as fault paths write it. */
        private long index(ProviderEntry entry) {
            return config.providers().stream()
                    .takeWhile(other -> other != entry)
                    .filter(other -> other.api().equals(entry.api()))
                    .count();
        }

        private List<String> servedApis() {
            return catalogue.apis().stream()
                    .filter(api -> !api.equals(KVSTORE_API))
                    .toList();
        }

        private ProviderDescriptor descriptor(ProviderEntry entry) {
            String at = "providers." + entry.api();
            ProviderDescriptor descriptor = catalogue.find(entry.providerType()).orElse(null);
            if (!catalogue.apis().contains(entry.api()) || KVSTORE_API.equals(entry.api())) {
                faults.add(new Fault(
                        entry.line(),
                        at,
                        "unknown API '" + entry.api() + "'; "
                                + Suggestion.didYouMean(entry.api(), servedApis())
                                + "installed bundles serve " + listed(servedApis())
                                + (KVSTORE_API.equals(entry.api()) ? " (KV stores go under storage.backends)" : "")));
                return null;
            }
            if (descriptor == null) {
                faults.add(new Fault(
                        entry.line(),
                        at + ".provider_type",
                        "unknown provider type '" + entry.providerType() + "'; "
                                + Suggestion.didYouMean(entry.providerType(), catalogue.typesOf(entry.api()))
                                + "for " + entry.api() + " installed bundles serve "
                                + listed(catalogue.typesOf(entry.api()))));
                return null;
            }
            if (!descriptor.api().equals(entry.api())) {
                faults.add(new Fault(
                        entry.line(),
                        at + ".provider_type",
                        "'" + entry.providerType() + "' serves " + descriptor.api() + ", not " + entry.api()
                                + "; list it under providers." + descriptor.api()));
                return null;
            }
            return descriptor;
        }

        private void setting(
                ProviderEntry entry,
                String key,
                Object value,
                String path,
                Map<String, Object> properties,
                List<String> dependsOn) {
            if (value instanceof Map<?, ?> map && map.containsKey("backend")) {
                String store = kvStore(entry, map, path, entry.lineOf(key + ".backend"));
                if (store != null) {
                    properties.put(key + ".target", "(" + ProviderProperties.PROVIDER_ID + "=" + store + ")");
                    dependsOn.add(KVSTORE_API + "/" + store);
                }
            } else if (value instanceof Map<?, ?> map && map.containsKey("provider")) {
                String id = String.valueOf(map.get("provider"));
                properties.put(key + ".target", "(" + ProviderProperties.PROVIDER_ID + "=" + id + ")");
                providerReference(entry, id, path, entry.lineOf(key + ".provider"), dependsOn);
            } else {
                ConfigValues.put(properties, key, value, entry.lineOf(key), path, faults);
            }
        }

        /** Plans the KV store a {@code {backend, namespace}} reference names; returns its id. */
        private String kvStore(ProviderEntry entry, Map<?, ?> reference, String path, int line) {
            String backendName = String.valueOf(reference.get("backend"));
            Object namespace = reference.get("namespace");
            RunConfig.BackendEntry backend = config.backends().get(backendName);
            if (backend == null) {
                faults.add(new Fault(
                        line,
                        path + ".backend",
                        "unknown backend '" + backendName + "'; "
                                + Suggestion.didYouMean(
                                        backendName, config.backends().keySet())
                                + "storage.backends has "
                                + listed(List.copyOf(config.backends().keySet()))));
                return null;
            }
            String ns = namespace == null ? entry.providerId() : String.valueOf(namespace);
            ProviderDescriptor descriptor = backendDescriptor(backend);
            if (descriptor == null) {
                return null; // backendTypes() reports it
            }
            String id = backendName + "." + ns;
            if (!planned.containsKey(KVSTORE_API + "/" + id)) {
                planned.put(KVSTORE_API + "/" + id, kvStoreConfiguration(backend, descriptor, id, ns));
            }
            return id;
        }

        /** Refuses every backend of an unknown type, whether a provider uses it or not. */
        void backendTypes() {
            for (RunConfig.BackendEntry backend : config.backends().values()) {
                if (backendDescriptor(backend) == null) {
                    faults.add(new Fault(
                            backend.lineOf("type"),
                            "storage.backends." + backend.name() + ".type",
                            "unknown backend type '" + backend.type() + "'; "
                                    + Suggestion.didYouMean(backend.type(), catalogue.typesOf(KVSTORE_API))
                                    + "installed bundles serve " + listed(catalogue.typesOf(KVSTORE_API))));
                }
            }
        }

        /** The KV store type of a backend, or {@code null} if no installed bundle serves it. */
        private ProviderDescriptor backendDescriptor(RunConfig.BackendEntry backend) {
            ProviderDescriptor descriptor = catalogue.find(backend.type()).orElse(null);
            return descriptor == null || !descriptor.api().equals(KVSTORE_API) ? null : descriptor;
        }

        private PlannedConfiguration kvStoreConfiguration(
                RunConfig.BackendEntry backend, ProviderDescriptor descriptor, String id, String namespace) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put(ProviderProperties.PROVIDER_ID, id);
            properties.put(ProviderProperties.PROVIDER_TYPE, backend.type());
            properties.put(SOURCE_PROPERTY, SOURCE);
            properties.put("namespace", namespace);
            String path = "storage.backends." + backend.name();
            int line = backend.line();
            backend.settings()
                    .forEach((key, value) ->
                            ConfigValues.put(properties, key, value, backend.lineOf(key), path + "." + key, faults));
            return new PlannedConfiguration(
                    descriptor.factoryPid(),
                    id,
                    properties,
                    KVSTORE_API,
                    List.of(),
                    line,
                    path,
                    propertyLines(backend.lines()));
        }

        private void providerReference(ProviderEntry entry, String id, String path, int line, List<String> dependsOn) {
            List<ProviderEntry> matches = config.providers().stream()
                    .filter(other -> other.providerId().equals(id) && other != entry)
                    .toList();
            if (matches.size() != 1) {
                faults.add(new Fault(
                        line,
                        path + ".provider",
                        matches.isEmpty()
                                ? "no provider has the id '" + id + "'; use the provider_id of a provider in this file"
                                : "several providers have the id '" + id + "'; give them distinct ids"));
                return;
            }
            dependsOn.add(matches.get(0).api() + "/" + id);
        }

        void defaultRequiredExecutors() {
            for (PlannedConfiguration configuration : List.copyOf(planned.values())) {
                if (SCHEDULER_API.equals(configuration.api())
                        && !configuration.properties().containsKey(REQUIRED_EXECUTORS)) {
                    Map<String, Object> properties = new LinkedHashMap<>(configuration.properties());
                    properties.put(REQUIRED_EXECUTORS, executes.toArray(String[]::new));
                    planned.put(configuration.key(), configuration.withProperties(properties));
                }
            }
        }

        /** A provider that requires an API depends on every provider of it, unless it names one. */
        void requiredApis() {
            for (Map.Entry<String, ProviderDescriptor> item : descriptors.entrySet()) {
                PlannedConfiguration configuration = planned.get(item.getKey());
                List<String> dependsOn = new ArrayList<>(configuration.dependsOn());
                for (String api : item.getValue().requires()) {
                    List<String> providers = keysOf(api);
                    boolean named = dependsOn.stream().anyMatch(key -> key.startsWith(api + "/"));
                    if (providers.isEmpty()) {
                        faults.add(new Fault(
                                configuration.line(),
                                "providers." + configuration.api(),
                                "provider '" + configuration.name() + "' ("
                                        + item.getValue().type() + ") needs " + describe(api)));
                    } else if (!named) {
                        dependsOn.addAll(providers);
                    }
                }
                planned.put(item.getKey(), configuration.withDependsOn(List.copyOf(new LinkedHashSet<>(dependsOn))));
            }
        }

        /**
         * Checks every configuration against its type's schema, converting text values, and then,
         * if its values have the right kinds, with its provider's own checks.
         */
        void checkSchemas() {
            for (PlannedConfiguration configuration : List.copyOf(planned.values())) {
                String type = String.valueOf(configuration.properties().get(ProviderProperties.PROVIDER_TYPE));
                Optional<SettingsSchema> schema = catalogue.find(type).flatMap(schemas);
                int known = faults.size();
                PlannedConfiguration checked = schema.map(
                                found -> configuration.withProperties(SchemaCheck.check(configuration, found, faults)))
                        .orElse(configuration);
                planned.put(configuration.key(), checked);
                if (faults.size() == known) {
                    ProviderCheck.run(checked, checks.apply(checked.factoryPid()), faults);
                }
            }
        }

        private List<String> keysOf(String api) {
            return planned.values().stream()
                    .filter(configuration -> configuration.api().equals(api))
                    .map(PlannedConfiguration::key)
                    .toList();
        }

        private String describe(String api) {
            return KVSTORE_API.equals(api)
                    ? "a KV store; add a setting such as kvstore: {backend: kv_default, namespace: NAME}"
                    : "a provider of " + api + "; add one under providers." + api;
        }
    }

    private static String listed(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
