package dev.strata.scheduler.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.scheduler.JobError;
import dev.strata.api.scheduler.JobProgress;
import dev.strata.api.scheduler.JobRequest;
import dev.strata.api.scheduler.JobStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobCodecTest {

    private static final Instant CREATED = Instant.parse("2026-01-05T09:00:00.123Z");

    private final JobCodec codec = new JobCodec();

    @Test
    void aRecordSurvivesTheRoundTripWithEveryField() {
        StoredJob job = StoredJob.scheduled(
                        "job-1",
                        JobRequest.of("ingest", Map.of("files", List.of("a", "b"), "n", 3), Map.of("store", "vs_1")),
                        CREATED,
                        null)
                .running(CREATED.plusSeconds(1))
                .withCheckpoint(Map.of("done", 1), new JobProgress(0.5, "half"))
                .withCancelRequested()
                .retrying(JobError.of(new IllegalStateException("boom")), null, CREATED.plusSeconds(9));

        StoredJob read = codec.read("job/job-1", codec.write(job));

        assertThat(read).isEqualTo(job);
        assertThat(read.info().error().stackTrace()).contains("IllegalStateException: boom");
        assertThat(read.notBefore()).isEqualTo(CREATED.plusSeconds(9));
    }

    @Test
    void theJsonUsesSnakeCaseAndIsoTimes() {
        StoredJob job = StoredJob.scheduled("job-1", JobRequest.of("ingest", null, null), CREATED, "no executor");

        String json = new String(codec.write(job), StandardCharsets.UTF_8);

        assertThat(json)
                .contains("\"status\":\"pending\"")
                .contains("\"created_at\":\"2026-01-05T09:00:00.123Z\"")
                .contains("\"waiting_for\":\"no executor\"")
                .contains("\"format\":1")
                .doesNotContain("finished_at");
    }

    @Test
    void unknownFieldsFromALaterVersionAreIgnored() {
        String json = "{\"format\":2,\"id\":\"job-1\",\"type\":\"t\",\"status\":\"completed\",\"attempts\":1,"
                + "\"result\":{},\"created_at\":\"2026-01-05T09:00:00Z\",\"finished_at\":\"2026-01-05T09:00:01Z\","
                + "\"priority\":5}";

        StoredJob read = codec.read("job/job-1", json.getBytes(StandardCharsets.UTF_8));

        assertThat(read.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(read.info().data()).isEmpty();
    }

    @Test
    void bytesThatAreNoRecordAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> codec.read("job/x", "not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'job/x' is not a job record");
        assertThatThrownBy(() -> codec.read("job/y", "{\"id\":\"y\",\"type\":\"t\",\"status\":\"failed\"}".getBytes()))
                .hasMessageContaining("'job/y'");
    }
}
