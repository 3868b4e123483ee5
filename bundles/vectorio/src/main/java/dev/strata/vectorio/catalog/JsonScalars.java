package dev.strata.vectorio.catalog;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Attributes in one canonical form, so that a record reads back from JSON equal to what was
 * written: strings, booleans, integers as {@link Long} ({@link BigInteger} beyond its range)
 * and other numbers as {@link Double}. An integer never turns into a fraction on the way.
 */
final class JsonScalars {

    private JsonScalars() {}

    /**
     * Copies attributes into canonical form, sorted by key; {@code null} becomes empty.
     *
     * @param owner what the attributes belong to, named in errors, for example {@code "file
     *     'file-1'"}
     * @throws IllegalArgumentException if a key is {@code null} or blank, or a value is not a
     *     string, a finite number or a boolean
     */
    static Map<String, Object> attributes(String owner, Map<String, ?> attributes) {
        if (attributes == null) {
            return Map.of();
        }
        Map<String, Object> copy = new TreeMap<>();
        for (Map.Entry<String, ?> entry : attributes.entrySet()) {
            String key = entry.getKey();
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException(owner + " has the attribute key "
                        + (key == null ? "null" : "'" + key + "'") + "; use a non-blank key");
            }
            copy.put(key, canonical(owner + " attribute '" + key + "'", entry.getValue()));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Object canonical(String name, Object value) {
        if (value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return number(name, number);
        }
        throw new IllegalArgumentException(name + " is "
                + (value == null ? "null" : value + " (" + value.getClass().getSimpleName() + ")")
                + "; use a string, a finite number or a boolean");
    }

    private static Number number(String name, Number number) {
        if (number instanceof Double || number instanceof Float) {
            return finite(name, Double.valueOf(number.toString()));
        }
        if (number instanceof BigDecimal decimal) {
            return decimal.scale() <= 0 ? integer(decimal.toBigInteger()) : finite(name, decimal.doubleValue());
        }
        if (number instanceof BigInteger big) {
            return integer(big);
        }
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return number.longValue();
        }
        return finite(name, number.doubleValue());
    }

    private static Number integer(BigInteger big) {
        return big.bitLength() < Long.SIZE ? (Number) big.longValue() : big;
    }

    private static Double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " is " + value + ", which JSON cannot hold; use a finite number");
        }
        return value;
    }

    /**
     * Copies string pairs, sorted by key; {@code null} becomes empty.
     *
     * @throws IllegalArgumentException if a key or value is {@code null}
     */
    static Map<String, String> metadata(String owner, Map<String, String> metadata) {
        if (metadata == null) {
            return Map.of();
        }
        Map<String, String> copy = new TreeMap<>();
        for (Map.Entry<String, String> entry : metadata.entrySet()) {
            if (entry.getKey() == null || entry.getValue() == null) {
                throw new IllegalArgumentException(owner + " has the metadata pair " + entry.getKey() + " = "
                        + entry.getValue() + "; keys and values are non-null strings");
            }
            copy.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableMap(copy);
    }
}
