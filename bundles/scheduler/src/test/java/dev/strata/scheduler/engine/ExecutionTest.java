package dev.strata.scheduler.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.scheduler.JobContext;
import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExecutionTest {

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aJobRunsOnItsExecutorAndCompletesWithTheResult() throws Exception {
        SchedulerEngine engine = fixture.started();
        engine.addExecutor(1, 0, List.of("ingest"), EngineFixture.echo());

        String id = engine.schedule("ingest", Map.of("file", "a.txt"), null);
        fixture.events.await(id, JobStatus.COMPLETED);

        JobInfo job = engine.get(id).orElseThrow();
        assertThat(job.result()).isEqualTo(Map.of("echo", Map.of("file", "a.txt")));
        assertThat(job.attempts()).isEqualTo(1);
        assertThat(job.startedAt()).isEqualTo(EngineFixture.START);
        assertThat(job.finishedAt()).isEqualTo(EngineFixture.START);
        assertThat(job.waitingFor()).isNull();
        assertThat(fixture.events.statusesOf(id))
                .containsExactly(JobStatus.PENDING, JobStatus.RUNNING, JobStatus.COMPLETED);
    }

    @Test
    void theContextCarriesTheJobAndItsProgressShowsWhileItRuns() throws Exception {
        SchedulerEngine engine = fixture.started();
        GatedExecutor gate = new GatedExecutor();
        engine.addExecutor(1, 0, List.of("ingest"), gate);
        String id = engine.schedule("ingest", Map.of("n", 1), Map.of("owner", "me"));

        GatedExecutor.Call call = gate.next();
        JobContext context = call.context;
        context.progress(0.25, "a quarter");

        assertThat(context.jobId()).isEqualTo(id);
        assertThat(context.type()).isEqualTo("ingest");
        assertThat(context.data()).containsEntry("n", 1);
        assertThat(context.metadata()).containsEntry("owner", "me");
        assertThat(context.attempt()).isEqualTo(1);
        assertThat(context.isCancelled()).isFalse();
        assertThat(context.checkpoint()).isEmpty();
        JobInfo running = engine.get(id).orElseThrow();
        assertThat(running.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(running.progress().message()).isEqualTo("a quarter");
        assertThatThrownBy(() -> context.progress(1.5, null)).hasMessageContaining("1.5");

        call.complete(Map.of());
        fixture.events.await(id, JobStatus.COMPLETED);
        assertThat(engine.get(id).orElseThrow().progress().fraction()).isEqualTo(0.25);
        assertThatThrownBy(() -> context.progress(1.0, "late"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("after execute returned");
        assertThatThrownBy(() -> context.saveCheckpoint(Map.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCheckpointIsDurableWhenSaveReturns() throws Exception {
        SchedulerEngine engine = fixture.started();
        GatedExecutor gate = new GatedExecutor();
        engine.addExecutor(1, 0, List.of("ingest"), gate);
        String id = engine.schedule("ingest", null, null);
        GatedExecutor.Call call = gate.next();

        call.context.saveCheckpoint(Map.of("done", 10));

        String record = new String(fixture.store.get("job/" + id).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(record).contains("\"checkpoint\":{\"done\":10}");
        assertThat(call.context.checkpoint()).contains(Map.of("done", 10));
        assertThatThrownBy(() -> call.context.saveCheckpoint(Map.of("bad", new Object())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("checkpoint.bad");
        assertThatThrownBy(() -> call.context.saveCheckpoint(null)).isInstanceOf(IllegalArgumentException.class);
        call.complete(Map.of());
    }

    @Test
    void atMostMaxConcurrentJobsRunAndTheOldestStartsFirst() throws Exception {
        SchedulerEngine engine = fixture.engine(EngineFixture.testConfig().withMaxConcurrentJobs(2));
        GatedExecutor gate = new GatedExecutor();
        engine.addExecutor(1, 0, List.of("ingest"), gate);
        String first = engine.schedule("ingest", null, null);
        String second = engine.schedule("ingest", null, null);
        String third = engine.schedule("ingest", null, null);
        engine.start();

        GatedExecutor.Call a = gate.next();
        GatedExecutor.Call b = gate.next();
        assertThat(List.of(a.context.jobId(), b.context.jobId())).containsExactlyInAnyOrder(first, second);
        assertThat(gate.hasWaitingCall()).isFalse();
        assertThat(engine.get(third).orElseThrow().waitingFor()).isEqualTo("max_concurrent_jobs reached (2 running)");

        a.complete(Map.of());
        GatedExecutor.Call c = gate.next();
        assertThat(c.context.jobId()).isEqualTo(third);
        b.complete(Map.of());
        c.complete(Map.of());
        fixture.events.await(third, JobStatus.COMPLETED);
    }

    @Test
    void oldestFirstHoldsAcrossTypes() throws Exception {
        SchedulerEngine engine = fixture.engine(EngineFixture.testConfig().withMaxConcurrentJobs(1));
        GatedExecutor gate = new GatedExecutor();
        engine.addExecutor(1, 0, List.of("a", "b"), gate);
        String b1 = engine.schedule("b", null, null);
        String a1 = engine.schedule("a", null, null);
        String b2 = engine.schedule("b", null, null);
        engine.start();

        for (String expected : List.of(b1, a1, b2)) {
            GatedExecutor.Call call = gate.next();
            assertThat(call.context.jobId()).isEqualTo(expected);
            call.complete(Map.of());
        }
        fixture.events.await(b2, JobStatus.COMPLETED);
    }

    @Test
    void nullOrNonJsonResultsAndExceptionsFailTheAttempt() throws Exception {
        EngineFixture local = fixture;
        SchedulerEngine engine = local.engine(EngineFixture.testConfig()
                .withRetry(EngineFixture.testConfig().retry().withMaxAttempts(1)));
        engine.addExecutor(1, 0, List.of("null"), context -> null);
        engine.addExecutor(2, 0, List.of("date"), context -> Map.of("when", new java.util.Date()));
        engine.addExecutor(3, 0, List.of("throws"), context -> {
            throw new IllegalStateException("disk full");
        });
        engine.start();

        JobInfo nullResult = local.events.await(engine.schedule("null", null, null), JobStatus.FAILED);
        JobInfo notJson = local.events.await(engine.schedule("date", null, null), JobStatus.FAILED);
        JobInfo thrown = local.events.await(engine.schedule("throws", null, null), JobStatus.FAILED);

        assertThat(nullResult.error().message()).contains("returned null");
        assertThat(notJson.error().message()).contains("not JSON").contains("result.when");
        assertThat(thrown.error().message()).isEqualTo("java.lang.IllegalStateException: disk full");
        assertThat(thrown.error().stackTrace()).contains("ExecutionTest");
        assertThat(thrown.result()).isNull();
    }

    @Test
    void aFailingListenerDoesNotKeepTheOthersFromHearing() throws Exception {
        SchedulerEngine engine = fixture.started();
        engine.addListener(job -> {
            throw new IllegalStateException("listener bug");
        });
        EventRecorder late = new EventRecorder();
        engine.addListener(late);
        engine.addExecutor(1, 0, List.of("ingest"), EngineFixture.echo());

        String id = engine.schedule("ingest", null, null);

        late.await(id, JobStatus.COMPLETED);
        assertThat(late.statusesOf(id)).containsExactly(JobStatus.PENDING, JobStatus.RUNNING, JobStatus.COMPLETED);
    }

    @Test
    void jobStateChangesAreLoggedOnTheirOwnCategory() {
        assertThat(SchedulerEngine.JOB_LOG_CATEGORY).isEqualTo("dev.strata.scheduler.jobs");
    }
}
