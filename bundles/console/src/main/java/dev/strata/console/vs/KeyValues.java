package dev.strata.console.vs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the {@code key=value} options ({@code --metadata}, {@code --attribute}) and the values
 * of filters. Attribute and filter values are typed as OpenAI's attributes are: a value that
 * reads as a number is a number, {@code true} and {@code false} are booleans, and quotes keep a
 * value a string ({@code year="2024"}).
 */
final class KeyValues {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private KeyValues() {}

    /**
     * Reads metadata pairs; values stay strings.
     *
     * @param option the option's name, for messages
     * @param pairs the option's values, {@code null} for none
     * @throws IllegalArgumentException naming the pair that has no key or no {@code =}, or a
     *     key given twice
     */
    static Map<String, String> strings(String option, List<String> pairs) {
        Map<String, String> read = new LinkedHashMap<>();
        for (String pair : pairs == null ? List.<String>of() : pairs) {
            int at = pair.indexOf('=');
            String key = at < 0 ? "" : pair.substring(0, at).trim();
            if (key.isEmpty()) {
                throw new IllegalArgumentException(
                        option + " " + pair + " is not key=value; write it such as " + option + " team=search");
            }
            if (read.put(key, pair.substring(at + 1)) != null) {
                throw new IllegalArgumentException(option + " gives the key '" + key + "' twice; give each key once");
            }
        }
        return read;
    }

    /** Reads attribute pairs, typing their values (see {@link #scalar}). */
    static Map<String, Object> typed(String option, List<String> pairs) {
        Map<String, Object> typed = new LinkedHashMap<>();
        strings(option, pairs).forEach((key, value) -> typed.put(key, scalar(value)));
        return typed;
    }

    /**
     * Types a value: quoted ({@code "..."} or {@code '...'}) it is the string inside; {@code
     * true} and {@code false} are booleans; a whole number is a {@code Long}, another number a
     * {@code Double}; anything else is the string as it is.
     */
    static Object scalar(String text) {
        String value = text.trim();
        if (value.length() >= 2
                && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1);
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        if (INTEGER.matcher(value).matches()) {
            return Long.valueOf(value);
        }
        if (DECIMAL.matcher(value).matches() && Double.isFinite(Double.parseDouble(value))) {
            return Double.valueOf(value);
        }
        return value;
    }
}
