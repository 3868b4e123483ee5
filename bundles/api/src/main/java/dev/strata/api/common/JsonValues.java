package dev.strata.api.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The rules for JSON payloads (job data, results, metadata, checkpoints, attributes) and the
 * deep copy every API record makes of them.
 *
 * <p>A JSON value is {@code null}, a {@link String}, a {@link Boolean}, a finite {@link
 * Number}, a {@link List} of JSON values, or a {@link Map} from {@code String} keys to JSON
 * values. Nothing else crosses a bundle boundary: no Java serialization, no arrays, no
 * dates (send them as ISO-8601 strings). Stateless and safe to call from any thread.
 */
@ProviderType
public final class JsonValues {

    private JsonValues() {}

    /**
     * Returns a deep, unmodifiable copy of a JSON object, keeping its key order.
     *
     * <p>Nested maps and lists are copied as well, so later changes to {@code source} or
     * anything inside it never show in the copy. {@code null} values are kept, since JSON
     * allows them.
     *
     * @param name what the object is, used in error messages, for example {@code "data"}
     * @param source the object to copy; {@code null} is refused
     * @return the copy, never {@code null}
     * @throws IllegalArgumentException if {@code source} is {@code null}, has a {@code null}
     *     key, or holds a value that is not a JSON value; the message gives the path to it
     */
    public static Map<String, Object> copyObject(String name, Map<String, ?> source) {
        if (source == null) {
            throw new IllegalArgumentException(name + " is null; pass an empty map for no values");
        }
        return copyMap(name, source);
    }

    private static Object copy(String path, Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return requireFinite(path, number);
        }
        if (value instanceof Map<?, ?> map) {
            return copyMap(path, map);
        }
        if (value instanceof List<?> list) {
            return copyList(path, list);
        }
        throw new IllegalArgumentException(path + " is a " + value.getClass().getName()
                + ", which is not a JSON value; use String, Number, Boolean, null, List or Map");
    }

    private static Map<String, Object> copyMap(String path, Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException(
                        path + " has the key " + entry.getKey() + "; JSON object keys are non-null strings");
            }
            copy.put(key, copy(path + "." + key, entry.getValue()));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static List<Object> copyList(String path, List<?> list) {
        List<Object> copy = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            copy.add(copy(path + "[" + i + "]", list.get(i)));
        }
        return Collections.unmodifiableList(copy);
    }

    private static Number requireFinite(String path, Number number) {
        if ((number instanceof Double || number instanceof Float) && !Double.isFinite(number.doubleValue())) {
            throw new IllegalArgumentException(
                    path + " is " + number + ", which JSON cannot hold; use a finite number or null");
        }
        return number;
    }
}
