package dev.strata.scheduler.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(30), 0.5);

    @Test
    void backoffGrowsExponentiallyUpToTheCap() {
        assertThat(policy.backoff(1, 0.0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(2, 0.0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoff(4, 0.0)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.backoff(6, 0.0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.backoff(60, 0.0)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void jitterOnlyShortensTheDelayByAtMostItsShare() {
        assertThat(policy.backoff(3, 0.999)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(policy.backoff(3, 0.5)).isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.backoff(9, 0.999)).isLessThanOrEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void defaultsAreThreeAttemptsFromOneSecondToFiveMinutes() {
        RetryPolicy defaults = RetryPolicy.defaults();

        assertThat(defaults.maxAttempts()).isEqualTo(3);
        assertThat(defaults.initialBackoff()).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.maxBackoff()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void badValuesAreRefusedNamingTheValueAndTheFix() {
        assertThatThrownBy(() -> policy.withMaxAttempts(0))
                .hasMessageContaining("0")
                .hasMessageContaining("1 or more");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, 2.0, Duration.ofSeconds(1), 0))
                .hasMessageContaining("initial backoff is PT0S");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(5), 2.0, Duration.ofSeconds(1), 0))
                .hasMessageContaining("PT1S is shorter than the initial backoff PT5S");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(1), 0.5, Duration.ofSeconds(1), 0))
                .hasMessageContaining("multiplier is 0.5");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(1), 2, Duration.ofSeconds(1), 1.5))
                .hasMessageContaining("jitter is 1.5");
    }
}
