package dev.strata.console.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InfoCommandTest {

    @Test
    void longDataIsCutAndSaysHowToSeeItWhole() {
        List<String> ids = IntStream.range(0, 1_000).mapToObj(i -> "file-" + i).toList();
        JobInfo job = new JobInfo(
                "job-1",
                "vector_store_file_batch",
                Map.of("file_ids", ids),
                Map.of(),
                JobStatus.PENDING,
                0,
                null,
                null,
                null,
                null,
                Instant.EPOCH,
                null,
                null,
                null);

        String data = InfoCommand.lines(job).stream()
                .filter(line -> line.startsWith("Data:"))
                .findFirst()
                .orElseThrow();
        String whole = InfoCommand.lines(job, Integer.MAX_VALUE).stream()
                .filter(line -> line.startsWith("Data:"))
                .findFirst()
                .orElseThrow();

        assertThat(data).hasSizeLessThan(InfoCommand.SHOWN_JSON + 100).contains("job:info --full");
        assertThat(whole).contains("file-999").doesNotContain("--full");
    }

    @Test
    void timesShowToTheMillisecond() {
        JobInfo job = new JobInfo(
                "job-1",
                "ingest",
                Map.of(),
                Map.of(),
                JobStatus.RUNNING,
                1,
                null,
                null,
                null,
                null,
                Instant.parse("2026-12-04T18:00:00.123456789Z"),
                Instant.parse("2026-12-04T18:00:01.000000001Z"),
                null,
                null);

        assertThat(InfoCommand.lines(job))
                .contains(
                        "Created:     2026-12-04T18:00:00.123Z",
                        "Started:     2026-12-04T18:00:01Z",
                        "Finished:    not yet");
    }
}
