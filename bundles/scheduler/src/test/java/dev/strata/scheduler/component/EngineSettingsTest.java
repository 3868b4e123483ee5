package dev.strata.scheduler.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.scheduler.engine.EngineConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EngineSettingsTest {

    @Test
    void theOcdDefaultsAreTheEngineDefaults() {
        EngineConfig config = EngineSettings.of(new TestConfig());

        assertThat(config).isEqualTo(EngineConfig.defaults());
    }

    @Test
    void everySettingReachesTheEngine() {
        TestConfig given = new TestConfig();
        given.maxConcurrentJobs = 4;
        given.requiredExecutors = new String[] {"vector_store_file_batch", " ingest.files ", ""};
        given.retryMaxAttempts = 5;
        given.retryInitialBackoff = "PT2S";
        given.retryMaxBackoff = "1m";
        given.retention = "1d";
        given.shutdownGrace = "0s";
        given.timeouts = new String[] {"vector_store_file_batch=1h", "ingest.files = PT10M"};

        EngineConfig config = EngineSettings.of(given);

        assertThat(config.maxConcurrentJobs()).isEqualTo(4);
        assertThat(config.requiredExecutors()).containsExactlyInAnyOrder("vector_store_file_batch", "ingest.files");
        assertThat(config.retry().maxAttempts()).isEqualTo(5);
        assertThat(config.retry().initialBackoff()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.retry().maxBackoff()).isEqualTo(Duration.ofMinutes(1));
        assertThat(config.retention()).isEqualTo(Duration.ofDays(1));
        assertThat(config.shutdownGrace()).isZero();
        assertThat(config.timeout("vector_store_file_batch")).contains(Duration.ofHours(1));
        assertThat(config.timeout("ingest.files")).contains(Duration.ofMinutes(10));
    }

    @Test
    void aBadDurationFailsNamingTheProperty() {
        TestConfig given = new TestConfig();
        given.retryMaxBackoff = "forever";

        assertThatThrownBy(() -> EngineSettings.of(given)).hasMessageStartingWith("retry.max.backoff is 'forever'; ");
    }

    @Test
    void aTimeoutWithoutTypeSaysHowToWriteIt() {
        TestConfig given = new TestConfig();
        given.timeouts = new String[] {"1h"};

        assertThatThrownBy(() -> EngineSettings.of(given))
                .hasMessage("timeouts has the entry '1h'; write TYPE=DURATION, such as vector_store_file_batch=1h");
    }

    @Test
    void aTimeoutWithABadDurationNamesItsType() {
        TestConfig given = new TestConfig();
        given.timeouts = new String[] {"ingest=soon"};

        assertThatThrownBy(() -> EngineSettings.of(given))
                .hasMessageStartingWith("timeouts has the entry 'ingest=soon', whose duration is 'soon'; ");
    }

    @Test
    void anOutOfRangeValueIsRefusedWithItsName() {
        TestConfig given = new TestConfig();
        given.maxConcurrentJobs = 0;

        assertThatThrownBy(() -> EngineSettings.of(given)).hasMessage("max.concurrent.jobs is 0; give 1 or more");
    }
}
