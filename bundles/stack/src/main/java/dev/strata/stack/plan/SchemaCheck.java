package dev.strata.stack.plan;

import dev.strata.api.common.ProviderProperties;
import dev.strata.stack.plan.SettingsSchema.Kind;
import dev.strata.stack.plan.SettingsSchema.Setting;
import dev.strata.stack.runconfig.RunConfigException.Fault;
import dev.strata.stack.runconfig.Suggestion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one planned configuration against its provider type's {@link SettingsSchema}: every
 * setting must be known, required settings present, values of the right kind and among the
 * allowed options. Values that environment substitution left as text ({@code "10"}) are
 * converted to the kind the schema asks for, so the component sees the same value whether the
 * file wrote {@code 10} or {@code ${env.N:=10}}.
 */
final class SchemaCheck {

    private static final Set<String> RESERVED =
            Set.of(ProviderProperties.PROVIDER_ID, ProviderProperties.PROVIDER_TYPE, RunConfigPlanner.SOURCE_PROPERTY);

    private SchemaCheck() {}

    /** Returns the properties with values converted, adding a fault per problem. */
    static Map<String, Object> check(PlannedConfiguration planned, SettingsSchema schema, List<Fault> faults) {
        String where = planned.origin();
        Map<String, Object> checked = new LinkedHashMap<>();
        for (Map.Entry<String, Object> property : planned.properties().entrySet()) {
            String key = property.getKey();
            if (RESERVED.contains(key) || key.endsWith(".target")) {
                checked.put(key, property.getValue());
                continue;
            }
            Setting setting = schema.find(key).orElse(null);
            if (setting == null) {
                faults.add(new Fault(
                        planned.lineOf(key),
                        where + "." + runConfigName(key),
                        "unknown setting; " + Suggestion.didYouMean(runConfigName(key), names(schema))
                                + planned.properties().get(ProviderProperties.PROVIDER_TYPE) + " takes "
                                + listed(names(schema))));
                continue;
            }
            checked.put(key, convert(setting, property.getValue(), planned.lineOf(key), where, faults));
        }
        for (Setting setting : schema.settings()) {
            if (setting.required() && !setting.hasDefault() && !checked.containsKey(setting.id())) {
                faults.add(new Fault(
                        planned.line(),
                        where,
                        "the setting " + setting.runConfigName()
                                + " is missing; it has no default, so give it under config"));
            }
        }
        return checked;
    }

    private static Object convert(Setting setting, Object value, int line, String where, List<Fault> faults) {
        String path = where + "." + setting.runConfigName();
        List<Object> values = value instanceof Object[] array ? Arrays.asList(array) : List.of(value);
        if (values.size() > 1 && !setting.multiple()) {
            faults.add(new Fault(line, path, "takes one value, not a list"));
            return value;
        }
        List<Object> converted = new ArrayList<>();
        for (Object item : values) {
            String problem = problem(setting, String.valueOf(item));
            if (problem != null) {
                faults.add(new Fault(line, path, "is '" + item + "'; " + problem));
                return value;
            }
            converted.add(scalar(setting.kind(), String.valueOf(item)));
        }
        return setting.multiple() ? converted.toArray(arrayOf(setting.kind())) : converted.get(0);
    }

    /** What is wrong with one value, or {@code null}. */
    private static String problem(Setting setting, String text) {
        String kind = switch (setting.kind()) {
            case INTEGER, LONG -> text.matches("[-+]?\\d+") ? null : "give a whole number";
            case DOUBLE -> text.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?") ? null : "give a number";
            case BOOLEAN -> text.equals("true") || text.equals("false") ? null : "give true or false";
            case TEXT -> null;
        };
        if (kind != null) {
            return kind;
        }
        if (!setting.options().isEmpty() && !setting.options().contains(text)) {
            return "use one of " + String.join(", ", setting.options());
        }
        String invalid = setting.validate() == null ? null : setting.validate().apply(text);
        return invalid == null || invalid.isEmpty() ? null : RangeMessages.describe(setting, text, invalid);
    }

    private static Object scalar(Kind kind, String text) {
        return switch (kind) {
            case INTEGER -> Integer.valueOf(text.replace("+", ""));
            case LONG -> Long.valueOf(text.replace("+", ""));
            case DOUBLE -> Double.valueOf(text);
            case BOOLEAN -> Boolean.valueOf(text);
            case TEXT -> text;
        };
    }

    private static Object[] arrayOf(Kind kind) {
        return switch (kind) {
            case INTEGER -> new Integer[0];
            case LONG -> new Long[0];
            case DOUBLE -> new Double[0];
            case BOOLEAN -> new Boolean[0];
            case TEXT -> new String[0];
        };
    }

    /** The run config's name of a property: {@code .api.key} is {@code api_key}. */
    static String runConfigName(String key) {
        return (key.startsWith(".") ? key.substring(1) : key).replace('.', '_');
    }

    private static List<String> names(SettingsSchema schema) {
        return schema.settings().stream()
                .filter(setting -> !RESERVED.contains(setting.id()))
                .map(Setting::runConfigName)
                .toList();
    }

    private static String listed(List<String> names) {
        return names.isEmpty() ? "no settings" : String.join(", ", names);
    }
}
