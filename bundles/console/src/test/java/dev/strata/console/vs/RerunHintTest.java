package dev.strata.console.vs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.vectorio.FileCounts;
import org.junit.jupiter.api.Test;

/** What a batch's summary promises of running vs:ingest again, by why its files failed. */
class RerunHintTest {

    @Test
    void filesThatMaySucceedAreRetried() {
        assertThat(BatchView.rerunHint(FileCounts.of(0, 8, 1, 1), 0))
                .startsWith("Running the same vs:ingest again retries the failed and cancelled files;");
    }

    @Test
    void onlyFilesOfAnUnsupportedTypeLeftAreNotPromisedARetry() {
        assertThat(BatchView.rerunHint(FileCounts.of(0, 8, 3, 0), 3))
                .isEqualTo("Running vs:ingest again would fail these files again: their types are not supported;"
                        + " convert them to a supported type or leave them out.");
    }

    @Test
    void aMixSaysWhichWillFailAgain() {
        assertThat(BatchView.rerunHint(FileCounts.of(0, 8, 3, 2), 1))
                .contains("but the 1 file of an unsupported type will fail again unless converted");
    }
}
