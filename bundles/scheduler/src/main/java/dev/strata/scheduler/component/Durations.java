package dev.strata.scheduler.component;

import dev.strata.api.stack.SettingException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the durations of a scheduler configuration: ISO-8601 as {@link Duration#parse} takes it
 * ({@code PT30S}, {@code P7D}), or the short form operators type in run.yaml ({@code 250ms},
 * {@code 30s}, {@code 5m}, {@code 1h}, {@code 7d}).
 */
final class Durations {

    /** What a message asks for; {@code ms} and {@code h} work too, but four examples say enough. */
    static final String ACCEPTED = "give a duration such as 30s, 5m, 7d or PT30S";

    private static final Pattern SHORT = Pattern.compile("(\\d{1,12})(ms|s|m|h|d)");

    private Durations() {}

    /**
     * @param property the configuration property, for the message
     * @param value its value
     * @throws SettingException naming the property, the value and the accepted forms
     */
    static Duration parse(String property, String value) {
        String text = value == null ? "" : value.trim();
        Matcher shortForm = SHORT.matcher(text);
        if (shortForm.matches()) {
            return ofUnit(Long.parseLong(shortForm.group(1)), shortForm.group(2));
        }
        try {
            if (text.startsWith("P") || text.startsWith("p")) {
                return Duration.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below, with the accepted forms
        }
        throw new SettingException(property, "is '" + value + "'; " + ACCEPTED);
    }

    private static Duration ofUnit(long amount, String unit) {
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
