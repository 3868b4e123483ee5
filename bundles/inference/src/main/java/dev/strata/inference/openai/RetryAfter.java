package dev.strata.inference.openai;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How long a server asks to be left alone: {@code Retry-After} as RFC 9110, section 10.2.3,
 * defines it (whole seconds, or an HTTP date), or OpenAI's {@code retry-after-ms}, which its SDKs
 * prefer when both are present.
 */
final class RetryAfter {

    private RetryAfter() {}

    /**
     * @param clock the time an HTTP date is measured from
     * @return the wait, never negative; empty when the response asks for none or says it in a
     *     form this does not read
     */
    static Optional<Duration> of(HttpHeaders headers, Clock clock) {
        Optional<Duration> millis = headers.firstValue("retry-after-ms").flatMap(value -> number(value, 1));
        if (millis.isPresent()) {
            return millis;
        }
        return headers.firstValue("retry-after")
                .flatMap(value -> number(value, 1000).or(() -> date(value, clock)));
    }

    private static Optional<Duration> number(String value, long millisPerUnit) {
        try {
            double amount = Double.parseDouble(value.trim());
            return amount >= 0 && amount < 1e9
                    ? Optional.of(Duration.ofMillis((long) (amount * millisPerUnit)))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> date(String value, Clock clock) {
        try {
            ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
