package dev.strata.console.job;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobScheduler;
import dev.strata.api.scheduler.JobStatus;
import dev.strata.api.scheduler.UnknownJobException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** job:retry and job:delete fail (and so exit non-zero) when they change nothing, saying why. */
class RefusalsTest {

    @Test
    void retryingACompletedJobFailsNamingItsStatus() {
        JobScheduler jobs = scheduler(false, JobStatus.COMPLETED);

        assertThatThrownBy(() -> RetryCommand.retry(jobs, "job-1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("job 'job-1' is completed; only failed or cancelled jobs are retried");
    }

    @Test
    void retryingAFailedJobSucceeds() {
        assertThatCode(() -> RetryCommand.retry(scheduler(true, null), "job-1")).doesNotThrowAnyException();
    }

    @Test
    void deletingAnUnknownJobFailsAsOtherJobCommandsDo() {
        assertThatThrownBy(() -> DeleteCommand.delete(scheduler(false, null), "nosuch"))
                .isInstanceOf(UnknownJobException.class)
                .hasMessageStartingWith("job 'nosuch' does not exist");
    }

    /** A scheduler whose retry and delete answer {@code changes}, holding one job of {@code status}. */
    private static JobScheduler scheduler(boolean changes, JobStatus status) {
        Optional<JobInfo> job = status == null
                ? Optional.empty()
                : Optional.of(new JobInfo(
                        "job-1",
                        "t",
                        Map.of(),
                        Map.of(),
                        status,
                        1,
                        null,
                        null,
                        Map.of(),
                        null,
                        Instant.EPOCH,
                        Instant.EPOCH,
                        Instant.EPOCH,
                        null));
        return (JobScheduler) Proxy.newProxyInstance(
                JobScheduler.class.getClassLoader(),
                new Class<?>[] {JobScheduler.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "retry", "delete" -> changes;
                    case "get" -> job;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
