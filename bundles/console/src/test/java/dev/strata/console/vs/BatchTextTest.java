package dev.strata.console.vs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.vectorio.FileCounts;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BatchTextTest {

    @Test
    void theBarCountsCompletedFailedAndCancelledAsProcessed() {
        assertThat(BatchText.bar(FileCounts.of(10, 8, 1, 1)))
                .isEqualTo("[##########----------]  50% 10/20 files: 8 completed, 1 failed, 1 cancelled");
        assertThat(BatchText.bar(FileCounts.of(0, 3, 0, 0)))
                .isEqualTo("[####################] 100% 3/3 files: 3 completed, 0 failed, 0 cancelled");
        assertThat(BatchText.bar(FileCounts.of(1173, 0, 0, 0))).startsWith("[--------------------]   0% 0/1173 files");
    }

    @Test
    void theBarIsNeverFullBeforeTheLastFile() {
        assertThat(BatchText.bar(FileCounts.of(1, 999, 0, 0))).startsWith("[###################-]  99% 999/1000");
    }

    @Test
    void durationsReadAsAPersonSaysThem() {
        assertThat(BatchText.duration(Duration.ofMillis(400))).isEqualTo("0.4s");
        assertThat(BatchText.duration(Duration.ofMillis(12_340))).isEqualTo("12.3s");
        assertThat(BatchText.duration(Duration.ofSeconds(245))).isEqualTo("4m 05s");
        assertThat(BatchText.duration(Duration.ofMinutes(123))).isEqualTo("2h 03m");
    }

    @Test
    void ratesAndSizes() {
        assertThat(BatchText.rate(49, Duration.ofSeconds(3))).isEqualTo("16.3 files/s");
        assertThat(BatchText.rate(5, Duration.ZERO)).isNull();
        assertThat(BatchText.bytes(512)).isEqualTo("512 B");
        assertThat(BatchText.bytes(1536)).isEqualTo("1.5 KiB");
        assertThat(BatchText.bytes(12_900_000)).isEqualTo("12.3 MiB");
        assertThat(BatchText.count(1, "file")).isEqualTo("1 file");
        assertThat(BatchText.count(2, "file")).isEqualTo("2 files");
    }
}
