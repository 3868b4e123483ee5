package dev.strata.api.vectorio;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validation shared by the records of this package; not part of the API. */
final class Checks {

    private Checks() {}

    static String requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    name + " is " + (value == null ? "null" : "'" + value + "'") + "; give a non-blank value");
        }
        return value;
    }

    static <T> T requireNonNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is null; give a value");
        }
        return value;
    }

    static long requireCount(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " is " + value + "; use 0 or more");
        }
        return value;
    }

    /** Copies file ids, refusing blank and repeated ids; {@code null} becomes empty. */
    static List<String> fileIds(List<String> fileIds) {
        if (fileIds == null) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < fileIds.size(); i++) {
            String id = requireText("file_ids[" + i + "]", fileIds.get(i));
            if (!seen.add(id)) {
                throw new IllegalArgumentException("file_ids lists '" + id + "' twice; give each file once");
            }
        }
        return List.copyOf(fileIds);
    }

    /**
     * Copies attributes, OpenAI's flat map of strings, numbers and booleans; {@code null}
     * becomes empty.
     */
    static Map<String, Object> attributes(Map<String, ?> attributes) {
        if (attributes == null) {
            return Map.of();
        }
        for (Map.Entry<String, ?> entry : attributes.entrySet()) {
            requireText("attribute key", entry.getKey());
            requireScalar("attributes." + entry.getKey(), entry.getValue());
        }
        return Map.copyOf(attributes);
    }

    /** Returns whether a value is a string, a finite number or a boolean. */
    static boolean isScalar(Object value) {
        return value instanceof String
                || value instanceof Boolean
                || (value instanceof Number number && Double.isFinite(number.doubleValue()));
    }

    static Object requireScalar(String name, Object value) {
        if (!isScalar(value)) {
            throw new IllegalArgumentException(
                    name + " is " + describe(value) + "; use a string, a finite number or a boolean");
        }
        return value;
    }

    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        return value instanceof String
                ? "'" + value + "'"
                : value + " (" + value.getClass().getSimpleName() + ")";
    }
}
