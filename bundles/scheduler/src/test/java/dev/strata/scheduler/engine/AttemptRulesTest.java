package dev.strata.scheduler.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.scheduler.JobRequest;
import dev.strata.api.scheduler.JobStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttemptRulesTest {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    private final AttemptRules rules =
            new AttemptRules(() -> EngineFixture.testConfig().withTimeout("t", Duration.ofSeconds(30)), () -> 0.0);
    private final StoredJob firstAttempt = StoredJob.scheduled("job-1", JobRequest.of("t", null, null), NOW, null)
            .running(NOW);

    @Test
    void aCancelWinsOverAResult() {
        StoredJob next = rules.next(firstAttempt, true, null, Interruption.CANCELLED, returned(), NOW);

        assertThat(next.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(next.info().result()).isNull();
    }

    @Test
    void aResultCompletesTheJobEvenIfAShutdownInterruptedItButNotAfterATimeout() {
        assertThat(rules.next(firstAttempt, false, null, Interruption.SHUTDOWN, returned(), NOW)
                        .status())
                .isEqualTo(JobStatus.COMPLETED);
        assertThat(rules.next(firstAttempt, false, null, Interruption.TIMED_OUT, returned(), NOW)
                        .status())
                .isEqualTo(JobStatus.PENDING);
    }

    @Test
    void aShutdownOrDepartingExecutorLeavesTheAttemptUncounted() {
        Outcome interrupted = new Outcome.Threw(new InterruptedException());

        StoredJob afterShutdown = rules.next(firstAttempt, false, null, Interruption.SHUTDOWN, interrupted, NOW);
        StoredJob afterLeaving =
                rules.next(firstAttempt, false, null, Interruption.EXECUTOR_GONE, new Outcome.NotRun(), NOW);

        assertThat(afterShutdown.status()).isEqualTo(JobStatus.PENDING);
        assertThat(afterShutdown.attempts()).isZero();
        assertThat(afterShutdown.notBefore()).isNull();
        assertThat(afterLeaving.attempts()).isZero();
    }

    @Test
    void aTimeoutBeforeTheExecutorRanIsStillAFailedAttempt() {
        StoredJob next = rules.next(firstAttempt, false, null, Interruption.TIMED_OUT, new Outcome.NotRun(), NOW);

        assertThat(next.status()).isEqualTo(JobStatus.PENDING);
        assertThat(next.attempts()).isEqualTo(1);
        assertThat(next.notBefore()).isEqualTo(NOW.plusSeconds(1));
        assertThat(next.info().error().message()).contains("timed out after PT30S");
    }

    @Test
    void anInterruptNobodyAskedForIsAFailure() {
        StoredJob next =
                rules.next(firstAttempt, false, null, null, new Outcome.Threw(new InterruptedException("?")), NOW);

        assertThat(next.info().error().message()).contains("InterruptedException");
        assertThat(next.attempts()).isEqualTo(1);
    }

    private static Outcome returned() {
        return new Outcome.Returned(Map.of("done", true));
    }
}
