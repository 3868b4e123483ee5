package dev.strata.scheduler.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EngineConfigTest {

    @Test
    void defaultsFollowTheRunConfig() {
        EngineConfig config = EngineConfig.defaults();

        assertThat(config.maxConcurrentJobs()).isEqualTo(10);
        assertThat(config.requiredExecutors()).isEmpty();
        assertThat(config.retention()).isEqualTo(Duration.ofDays(7));
        assertThat(config.timeout("any")).isEmpty();
    }

    @Test
    void withersChangeOneSettingAndCopyCollections() {
        EngineConfig config = EngineConfig.defaults()
                .withMaxConcurrentJobs(4)
                .withRequiredExecutors(Set.of("b", "a"))
                .withTimeout("slow", Duration.ofMinutes(2));

        assertThat(config.maxConcurrentJobs()).isEqualTo(4);
        assertThat(config.requiredExecutors()).containsExactlyInAnyOrder("a", "b");
        assertThat(config.timeout("slow")).contains(Duration.ofMinutes(2));
        assertThat(EngineConfig.defaults().timeout("slow")).isEmpty();
    }

    @Test
    void badSettingsAreRefusedNamingTheSettingAndTheValue() {
        EngineConfig defaults = EngineConfig.defaults();

        assertThatThrownBy(() -> defaults.withMaxConcurrentJobs(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max_concurrent_jobs is 0; use 1 or more");
        assertThatThrownBy(() -> defaults.withRequiredExecutors(Set.of("bad type")))
                .hasMessageContaining("required executor")
                .hasMessageContaining("'bad type'");
        assertThatThrownBy(() -> defaults.withTimeout("slow", Duration.ZERO))
                .hasMessageContaining("timeout of job type 'slow' is PT0S");
        assertThatThrownBy(() -> defaults.withRetention(Duration.ZERO)).hasMessageContaining("retention is PT0S");
        assertThatThrownBy(() -> defaults.withShutdownGrace(Duration.ofSeconds(-1)))
                .hasMessageContaining("shutdown grace is PT-1S");
        assertThatThrownBy(() -> new EngineConfig(1, Set.of(), null, Map.of(), Duration.ofDays(1), Duration.ZERO))
                .hasMessageContaining("retry policy is null");
    }
}
