package dev.strata.scheduler.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.scheduler.JobFailedException;
import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobStatus;
import dev.strata.api.scheduler.UnknownJobException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryTest {

    private final EngineFixture fixture = new EngineFixture();
    private final GatedExecutor gate = new GatedExecutor();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aFailedAttemptIsRetriedAfterItsBackoffAndNotBefore() throws Exception {
        SchedulerEngine engine = startedWithGate();
        String id = engine.schedule("ingest", null, null);

        gate.next().fail(new IllegalStateException("flaky"));
        JobInfo waiting = fixture.events.await(id, JobStatus.PENDING, 2);

        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.error().message()).contains("flaky");
        assertThat(waiting.waitingFor()).isEqualTo("retry backoff until " + EngineFixture.START.plusSeconds(1));
        assertThat(fixture.time.dueTimes()).containsExactly(EngineFixture.START.plusSeconds(1));
        fixture.time.advance(Duration.ofMillis(999));
        assertThat(gate.hasWaitingCall()).isFalse();

        fixture.time.advance(Duration.ofMillis(1));
        GatedExecutor.Call second = gate.next();
        assertThat(second.context.attempt()).isEqualTo(2);
        second.complete(Map.of("ok", true));
        assertThat(fixture.events.await(id, JobStatus.COMPLETED).attempts()).isEqualTo(2);
    }

    @Test
    void backoffDoublesAndTheLastAttemptFailsTheJobWithItsError() throws Exception {
        SchedulerEngine engine = startedWithGate();
        String id = engine.schedule("ingest", null, null);

        gate.next().fail(new IllegalStateException("one"));
        fixture.events.await(id, JobStatus.PENDING, 2);
        fixture.time.advance(Duration.ofSeconds(1));
        gate.next().fail(new IllegalStateException("two"));
        fixture.events.await(id, JobStatus.PENDING, 3);
        assertThat(fixture.time.dueTimes()).containsExactly(EngineFixture.START.plusSeconds(3));
        fixture.time.advance(Duration.ofSeconds(2));
        gate.next().fail(new IllegalStateException("three"));

        JobInfo failed = fixture.events.await(id, JobStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.error().message()).contains("three");
        assertThat(failed.error().stackTrace()).contains("IllegalStateException: three");
        assertThat(failed.finishedAt()).isEqualTo(EngineFixture.START.plusSeconds(3));
        assertThat(fixture.store.liveKeys(JobKeys.QUEUE)).isEmpty();
    }

    @Test
    void anExecutorThatSaysRetryingCannotHelpFailsTheJobAtItsFirstAttempt() throws Exception {
        SchedulerEngine engine = startedWithGate();
        String id = engine.schedule("ingest", null, null);

        gate.next().fail(new JobFailedException("the data lacks 'path'; schedule it with one"));

        JobInfo failed = fixture.events.await(id, JobStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.error().message()).contains("the data lacks 'path'");
        assertThat(fixture.time.dueTimes()).isEmpty();
        assertThat(fixture.store.liveKeys(JobKeys.QUEUE)).isEmpty();
    }

    @Test
    void retryPutsAFailedJobBackWithAttemptsResetAndItsCheckpointKept() throws Exception {
        SchedulerEngine engine = startedWithOneAttempt();
        String id = engine.schedule("ingest", null, null);
        GatedExecutor.Call call = gate.next();
        call.context.saveCheckpoint(Map.of("page", 4));
        call.fail(new IllegalStateException("gone"));
        fixture.events.await(id, JobStatus.FAILED);

        assertThat(engine.retry(id)).isTrue();

        GatedExecutor.Call again = gate.next();
        assertThat(again.context.attempt()).isEqualTo(1);
        assertThat(again.context.checkpoint()).contains(Map.of("page", 4));
        JobInfo running = engine.get(id).orElseThrow();
        assertThat(running.error()).isNull();
        assertThat(running.finishedAt()).isNull();
        again.complete(Map.of());
        fixture.events.await(id, JobStatus.COMPLETED);
    }

    @Test
    void retryRefusesJobsThatAreNotFailedOrCancelled() throws Exception {
        SchedulerEngine engine = startedWithOneAttempt();
        String id = engine.schedule("ingest", null, null);
        GatedExecutor.Call call = gate.next();

        assertThat(engine.retry(id)).isFalse();
        call.complete(Map.of());
        fixture.events.await(id, JobStatus.COMPLETED);
        assertThat(engine.retry(id)).isFalse();
        assertThatThrownBy(() -> engine.retry("job-nope")).isInstanceOf(UnknownJobException.class);
    }

    @Test
    void aCancelledJobCanBeRetried() throws Exception {
        SchedulerEngine engine = fixture.engine();
        String id = engine.schedule("ingest", null, null);
        engine.cancel(id);

        assertThat(engine.retry(id)).isTrue();

        assertThat(engine.get(id).orElseThrow().status()).isEqualTo(JobStatus.PENDING);
        assertThat(fixture.store.expiryOf("job/" + id)).isNull();
        fixture.events.await(id, JobStatus.PENDING, 2);
        assertThat(fixture.events.statusesOf(id))
                .containsExactly(JobStatus.PENDING, JobStatus.CANCELLED, JobStatus.PENDING);
    }

    private SchedulerEngine startedWithGate() {
        SchedulerEngine engine = fixture.started();
        engine.addExecutor(1, 0, List.of("ingest"), gate);
        return engine;
    }

    private SchedulerEngine startedWithOneAttempt() {
        SchedulerEngine engine = fixture.engine(EngineFixture.testConfig()
                .withRetry(EngineFixture.testConfig().retry().withMaxAttempts(1)));
        engine.start();
        engine.addExecutor(1, 0, List.of("ingest"), gate);
        return engine;
    }
}
