package dev.strata.inference.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void secondsAreRead() {
        assertThat(RetryAfter.of(headers(Map.of("Retry-After", "7")), clock)).contains(Duration.ofSeconds(7));
    }

    @Test
    void openAisMillisecondsArePreferred() {
        assertThat(RetryAfter.of(headers(Map.of("Retry-After", "7", "retry-after-ms", "250")), clock))
                .contains(Duration.ofMillis(250));
    }

    @Test
    void aDateInThePastMeansNoWait() {
        assertThat(RetryAfter.of(headers(Map.of("Retry-After", "Sun, 01 Mar 2026 11:00:00 GMT")), clock))
                .contains(Duration.ZERO);
    }

    @Test
    void garbageAndAbsenceAskForNothing() {
        assertThat(RetryAfter.of(headers(Map.of("Retry-After", "later")), clock))
                .isEmpty();
        assertThat(RetryAfter.of(headers(Map.of("Retry-After", "-3")), clock)).isEmpty();
        assertThat(RetryAfter.of(headers(Map.of()), clock)).isEmpty();
    }

    private static HttpHeaders headers(Map<String, String> values) {
        Map<String, List<String>> lists = new HashMap<>();
        values.forEach((name, value) -> lists.put(name, List.of(value)));
        return HttpHeaders.of(lists, (name, value) -> true);
    }
}
