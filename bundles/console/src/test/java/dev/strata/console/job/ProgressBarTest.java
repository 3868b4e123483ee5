package dev.strata.console.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.scheduler.JobProgress;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void drawsTheShareDoneAndTheMessage() {
        assertThat(ProgressBar.of(new JobProgress(0.45, "reading"))).isEqualTo("[#########-----------]  45% reading");
    }

    @Test
    void drawsTheEnds() {
        assertThat(ProgressBar.of(new JobProgress(0.0, null))).isEqualTo("[--------------------]   0%");
        assertThat(ProgressBar.of(new JobProgress(1.0, null))).isEqualTo("[####################] 100%");
    }

    @Test
    void saysWhenNothingWasReported() {
        assertThat(ProgressBar.of(null)).isEqualTo("none reported");
    }
}
