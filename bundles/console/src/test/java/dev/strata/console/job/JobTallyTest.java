package dev.strata.console.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.scheduler.JobError;
import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobTallyTest {

    private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

    private static JobInfo job(String id, String type, JobStatus status) {
        boolean terminal = status.isTerminal();
        return new JobInfo(
                id,
                type,
                null,
                null,
                status,
                0,
                null,
                null,
                status == JobStatus.COMPLETED ? Map.of() : null,
                status == JobStatus.FAILED ? new JobError("boom", null) : null,
                AT,
                null,
                terminal ? AT : null,
                null);
    }

    @Test
    void countsPerTypeAndStatus() {
        JobTally tally = new JobTally();
        List.of(
                        job("1", "a", JobStatus.PENDING),
                        job("2", "a", JobStatus.PENDING),
                        job("3", "a", JobStatus.FAILED),
                        job("4", "b", JobStatus.COMPLETED))
                .forEach(tally::add);

        assertThat(tally.jobs()).isEqualTo(4);
        assertThat(tally.count("a", JobStatus.PENDING)).isEqualTo(2);
        assertThat(tally.count("a", JobStatus.FAILED)).isEqualTo(1);
        assertThat(tally.count("b", JobStatus.COMPLETED)).isEqualTo(1);
        assertThat(tally.count("b", JobStatus.PENDING)).isZero();
    }

    @Test
    void aMissingExecutorIsWhatIsRequiredButNotServed() {
        ConfiguredSchedulers.Configured scheduler =
                new ConfiguredSchedulers.Configured("scheduler", List.of("a", "b", "c"));

        assertThat(scheduler.missing(List.of("b", "x"))).containsExactly("a", "c");
    }
}
