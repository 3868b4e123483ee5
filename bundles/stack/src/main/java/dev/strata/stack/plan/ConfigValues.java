package dev.strata.stack.plan;

import dev.strata.stack.runconfig.RunConfigException.Fault;
import java.util.List;
import java.util.Map;

/**
 * Turns plain run config values into Configuration Admin property values: text, booleans,
 * {@code Long}s and {@code Double}s stay scalars, lists of scalars become arrays, and nested
 * maps are flattened to dotted keys, since Configuration Admin holds no nested values.
 *
 * <p>Keys follow the OSGi convention that component property types expect (DS 1.5, section
 * 112.8.2.1, where a method {@code max_attempts()} reads {@code max.attempts}): each {@code _}
 * of a run config key becomes {@code .}, so {@code retry: {max_attempts: 3}} becomes {@code
 * retry.max.attempts}. A secret ({@code password}, {@code api_key}, ...) gets a leading dot,
 * which keeps it off the provider's service properties (DS 1.5, section 112.6).
 */
final class ConfigValues {

    private static final java.util.regex.Pattern SECRET =
            java.util.regex.Pattern.compile("(?i)(.*[._])?(password|secret|token|api_key|apikey|credentials?)");

    private ConfigValues() {}

    /** The property name for a run config key, as described above. */
    static String propertyName(String key) {
        String name = key.replace('_', '.');
        return SECRET.matcher(key).matches() ? "." + name : name;
    }

    /** Adds {@code value} under {@code key} to {@code properties}, flattening maps. */
    static void put(
            Map<String, Object> properties, String key, Object value, int line, String path, List<Fault> faults) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((child, childValue) ->
                    put(properties, key + "_" + child, childValue, line, path + "." + child, faults));
        } else if (value instanceof List<?> list) {
            properties.put(propertyName(key), array(list, line, path, faults));
        } else {
            properties.put(propertyName(key), scalar(value));
        }
    }

    private static Object array(List<?> list, int line, String path, List<Fault> faults) {
        if (list.stream().anyMatch(item -> item instanceof Map || item instanceof List)) {
            faults.add(new Fault(line, path, "a list here may hold only text, numbers or true/false"));
            return new String[0];
        }
        if (!list.isEmpty() && list.stream().allMatch(item -> item instanceof Number number && isWhole(number))) {
            return list.stream().map(item -> ((Number) item).longValue()).toArray(Long[]::new);
        }
        return list.stream().map(String::valueOf).toArray(String[]::new);
    }

    private static Object scalar(Object value) {
        if (value instanceof Number number) {
            return isWhole(number) ? (Object) number.longValue() : (Object) number.doubleValue();
        }
        return value;
    }

    private static boolean isWhole(Number number) {
        return number instanceof Integer || number instanceof Long || number instanceof java.math.BigInteger;
    }
}
