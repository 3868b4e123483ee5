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

    /**
     * Copies metadata, refusing what OpenAI refuses: more than 16 pairs, a blank key or one over
     * 64 characters, a {@code null} value or one over 512; {@code null} becomes empty.
     */
    static Map<String, String> metadata(Map<String, String> metadata) {
        if (metadata == null) {
            return Map.of();
        }
        if (metadata.size() > 16) {
            throw new IllegalArgumentException("metadata has " + metadata.size() + " pairs; use at most 16");
        }
        for (Map.Entry<String, String> entry : metadata.entrySet()) {
            String key = requireText("metadata key", entry.getKey());
            if (key.length() > 64) {
                throw new IllegalArgumentException(
                        "metadata key '" + key + "' has " + key.length() + " characters; use at most 64");
            }
            String value = requireNonNull("metadata." + key, entry.getValue());
            if (value.length() > 512) {
                throw new IllegalArgumentException(
                        "metadata." + key + " has " + value.length() + " characters; use at most 512");
            }
        }
        return Map.copyOf(metadata);
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
