package dev.strata.inference.openai;

import dev.strata.api.stack.SettingException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the durations of a remote provider's configuration as the rest of Strata writes them:
 * ISO-8601 ({@code PT30S}) or a whole number with a unit ({@code 250ms}, {@code 30s}, {@code
 * 5m}, {@code 1h}).
 */
public final class Durations {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,12})(ms|s|m|h)");

    private Durations() {}

    /**
     * @param setting the configuration property, for the message, such as {@code connect.timeout}
     * @param value its value
     * @throws SettingException naming the setting, the value and the accepted forms
     */
    public static Duration parse(String setting, String value) {
        String text = value == null ? "" : value.trim();
        Matcher shortForm = SHORT.matcher(text);
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            return switch (shortForm.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        }
        try {
            if (text.startsWith("P") || text.startsWith("p")) {
                return Duration.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below, with the accepted forms
        }
        throw new SettingException(setting, "is '" + value + "'; give a duration such as 500ms, 30s, 5m or PT30S");
    }
}
