package dev.strata.stack.runconfig;

import dev.strata.stack.runconfig.RunConfig.BackendEntry;
import dev.strata.stack.runconfig.RunConfig.ProviderEntry;
import dev.strata.stack.runconfig.RunConfigException.Fault;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the text of a run config into a {@link RunConfig}: YAML syntax, environment
 * substitution and the shape Llama Stack users know ({@code providers} keyed by API, each entry
 * with {@code provider_id}, {@code provider_type} and {@code config}; {@code storage.backends}).
 * Every fault of the file is collected before it is refused, so one message lists them all.
 */
public final class RunConfigReader {

    /** Top-level keys of a run config; anything else is most likely a typo. */
    static final Set<String> TOP_LEVEL_KEYS = Set.of("version", "image_name", "apis", "providers", "storage", "server");

    private static final Set<String> ENTRY_KEYS = Set.of("provider_id", "provider_type", "config");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern TYPE = Pattern.compile("[a-z0-9_]+::[A-Za-z0-9_.-]+");
    private static final Pattern TYPE_NAME = Pattern.compile("[a-z0-9_]+");

    private final Function<String, String> environment;

    /** @param environment reads an environment variable, {@code null} when unset */
    public RunConfigReader(Function<String, String> environment) {
        this.environment = environment;
    }

    /**
     * @param source what the text is, e.g. the file's path, for messages
     * @param text the YAML text
     * @throws RunConfigException listing every fault found, each with its line and key
     */
    public RunConfig read(String source, String text) throws RunConfigException {
        YamlNode raw = YamlTreeReader.read(source, text);
        List<Fault> faults = new ArrayList<>();
        YamlNode root = new EnvSubstitution(environment).apply(raw, faults);
        if (root.value() == null) {
            root = new YamlNode(Map.of(), root.line(), "");
        }
        RunConfig config = root.isMap() ? structure(root, faults) : null;
        if (config == null) {
            faults.add(root.fault("a run config is a map with the keys providers and storage; found " + root.kind()));
        }
        if (!faults.isEmpty()) {
            throw new RunConfigException(source, faults);
        }
        return config;
    }

    private RunConfig structure(YamlNode root, List<Fault> faults) {
        root.asMap().forEach((key, child) -> {
            if (!TOP_LEVEL_KEYS.contains(key)) {
                faults.add(child.fault("unknown key; " + Suggestion.didYouMean(key, sorted(TOP_LEVEL_KEYS))
                        + "a run config has only " + String.join(", ", sorted(TOP_LEVEL_KEYS))));
            }
        });
        List<ProviderEntry> providers = providers(root.asMap().get("providers"), faults);
        Map<String, BackendEntry> backends = backends(root.asMap().get("storage"), faults);
        return new RunConfig(providers, backends);
    }

    private List<ProviderEntry> providers(YamlNode node, List<Fault> faults) {
        List<ProviderEntry> providers = new ArrayList<>();
        if (node == null || node.value() == null) {
            return providers;
        }
        if (!node.isMap()) {
            faults.add(node.fault("expected a map from API name to a list of providers; found " + node.kind()));
            return providers;
        }
        node.asMap().forEach((api, list) -> providers.addAll(entries(api, list, faults)));
        return providers;
    }

    private List<ProviderEntry> entries(String api, YamlNode list, List<Fault> faults) {
        List<ProviderEntry> entries = new ArrayList<>();
        if (list.value() == null) {
            return entries;
        }
        if (!list.isList()) {
            faults.add(list.fault(
                    "expected a list of providers (entries starting with '- provider_id:'); found " + list.kind()));
            return entries;
        }
        Set<String> ids = new HashSet<>();
        for (YamlNode item : list.asList()) {
            ProviderEntry entry = entry(api, item, faults);
            if (entry != null && !ids.add(entry.providerId())) {
                faults.add(item.fault("provider_id '" + entry.providerId() + "' is used twice under " + api
                        + "; give each provider its own id"));
            } else if (entry != null) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** Returns the entry, or {@code null} when it is disabled (its id came out empty) or faulty. */
    private ProviderEntry entry(String api, YamlNode item, List<Fault> faults) {
        if (!item.isMap()) {
            faults.add(item.fault("expected a provider (provider_id, provider_type, config); found " + item.kind()));
            return null;
        }
        Map<String, YamlNode> fields = item.asMap();
        fields.forEach((key, child) -> {
            if (!ENTRY_KEYS.contains(key)) {
                faults.add(child.fault("unknown key; " + Suggestion.didYouMean(key, sorted(ENTRY_KEYS))
                        + "a provider has only " + String.join(", ", sorted(ENTRY_KEYS))));
            }
        });
        YamlNode id = fields.get("provider_id");
        if (id != null && id.value() == null) {
            return null; // switched off, e.g. by ${env.NAME:+id}
        }
        String providerId = text(item, "provider_id", ID, "letters, digits, '_', '.' and '-'", faults);
        String providerType = text(item, "provider_type", TYPE, "KIND::NAME, e.g. inline::scheduler", faults);
        YamlNode config = fields.getOrDefault("config", new YamlNode(Map.of(), item.line(), item.path() + ".config"));
        if (config.value() != null && !config.isMap()) {
            faults.add(config.fault("expected a map of settings; found " + config.kind()));
            return null;
        }
        if (providerId == null || providerType == null) {
            return null;
        }
        return new ProviderEntry(
                api, providerId, providerType, PlainValues.of(config), item.line(), PlainValues.lines(config));
    }

    private Map<String, BackendEntry> backends(YamlNode storage, List<Fault> faults) {
        Map<String, BackendEntry> backends = new LinkedHashMap<>();
        if (storage == null || storage.value() == null) {
            return backends;
        }
        YamlNode list = storage.isMap() ? storage.asMap().get("backends") : null;
        if (!storage.isMap() || (list != null && !list.isMap())) {
            YamlNode wrong = storage.isMap() ? list : storage;
            faults.add(wrong.fault(
                    "expected storage.backends to map backend names to {type: ..., ...}; found " + wrong.kind()));
            return backends;
        }
        if (list != null) {
            list.asMap().forEach((name, node) -> {
                BackendEntry backend = backend(name, node, faults);
                if (backend != null) {
                    backends.put(name, backend);
                }
            });
        }
        return backends;
    }

    private BackendEntry backend(String name, YamlNode node, List<Fault> faults) {
        if (!node.isMap()) {
            faults.add(node.fault("expected {type: kv_derby, ...} or another backend; found " + node.kind()));
            return null;
        }
        String type = text(node, "type", TYPE_NAME, "a backend type such as kv_derby or kv_postgres", faults);
        if (type == null) {
            return null;
        }
        Map<String, Object> settings = new LinkedHashMap<>(PlainValues.of(node));
        settings.remove("type");
        return new BackendEntry(name, type, settings, node.line(), PlainValues.lines(node));
    }

    private static String text(YamlNode parent, String key, Pattern shape, String expected, List<Fault> faults) {
        YamlNode node = parent.asMap().get(key);
        if (node == null || node.value() == null) {
            faults.add(parent.fault(key + " is missing; give " + expected));
            return null;
        }
        if (!(node.value() instanceof String text) || !shape.matcher(text).matches()) {
            faults.add(node.fault(key + " is " + node.kind() + "; give " + expected));
            return null;
        }
        return text;
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
