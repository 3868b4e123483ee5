package dev.strata.scheduler.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.stack.SettingException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void shortFormsReadEveryUnit() {
        assertThat(Durations.parse("p", "250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(Durations.parse("p", "30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("p", "5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Durations.parse("p", "1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("p", " 7d ")).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void isoDurationsAreRead() {
        assertThat(Durations.parse("p", "PT30S")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("p", "P7D")).isEqualTo(Duration.ofDays(7));
        assertThat(Durations.parse("p", "PT1H30M")).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void aBadValueNamesThePropertyTheValueAndTheAcceptedForms() {
        assertThatThrownBy(() -> Durations.parse("retention", "7 days"))
                .isInstanceOf(SettingException.class)
                .hasMessage("retention is '7 days'; " + Durations.ACCEPTED);
        assertThatThrownBy(() -> Durations.parse("shutdown.grace", "PT"))
                .hasMessageStartingWith("shutdown.grace is 'PT'; give a duration such as 30s, 5m, 7d or PT30S");
        assertThatThrownBy(() -> Durations.parse("retention", null)).hasMessageStartingWith("retention is 'null'");
    }
}
