package dev.strata.scheduler.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Settings changed while the engine runs apply without stopping it or its running jobs. */
class ReconfigureTest {

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aHigherLimitStartsWaitingJobsAtOnce() throws Exception {
        SchedulerEngine engine = fixture.engine(EngineFixture.testConfig().withMaxConcurrentJobs(1));
        GatedExecutor gate = new GatedExecutor();
        engine.addExecutor(1, 0, List.of("ingest"), gate);
        String first = engine.schedule("ingest", null, null);
        String second = engine.schedule("ingest", null, null);
        engine.start();
        GatedExecutor.Call a = gate.next();
        assertThat(engine.get(second).orElseThrow().waitingFor()).isEqualTo("max_concurrent_jobs reached (1 running)");

        engine.reconfigure(engine.config().withMaxConcurrentJobs(2));

        GatedExecutor.Call b = gate.next();
        assertThat(List.of(a.context.jobId(), b.context.jobId())).containsExactly(first, second);
        a.complete(Map.of());
        b.complete(Map.of());
        fixture.events.await(second, JobStatus.COMPLETED);
        assertThat(engine.config().maxConcurrentJobs()).isEqualTo(2);
    }

    @Test
    void aLowerLimitLetsRunningJobsFinishAndStartsNoMoreUntilFewerRun() throws Exception {
        SchedulerEngine engine = fixture.engine(EngineFixture.testConfig().withMaxConcurrentJobs(2));
        GatedExecutor gate = new GatedExecutor();
        engine.addExecutor(1, 0, List.of("ingest"), gate);
        engine.schedule("ingest", null, null);
        engine.schedule("ingest", null, null);
        String third = engine.schedule("ingest", null, null);
        engine.start();
        GatedExecutor.Call a = gate.next();
        GatedExecutor.Call b = gate.next();

        engine.reconfigure(engine.config().withMaxConcurrentJobs(1));
        a.complete(Map.of());
        fixture.events.await(a.context.jobId(), JobStatus.COMPLETED);

        assertThat(a.context.isCancelled()).isFalse();
        assertThat(b.context.isCancelled()).isFalse();
        assertThat(gate.hasWaitingCall()).isFalse();
        assertThat(engine.get(third).orElseThrow().waitingFor()).isEqualTo("max_concurrent_jobs reached (1 running)");
        b.complete(Map.of());
        gate.next().complete(Map.of());
        fixture.events.await(third, JobStatus.COMPLETED);
    }

    @Test
    void aNewRetentionAppliesToJobsThatFinishAfterIt() throws Exception {
        SchedulerEngine engine = fixture.started();
        engine.addExecutor(1, 0, List.of("ingest"), EngineFixture.echo());
        engine.reconfigure(engine.config().withRetention(Duration.ofHours(1)));

        String id = engine.schedule("ingest", null, null);
        fixture.events.await(id, JobStatus.COMPLETED);

        JobInfo job = engine.get(id).orElseThrow();
        assertThat(fixture.store.expiryOf("job/" + id))
                .isEqualTo(job.finishedAt().plus(Duration.ofHours(1)));
    }
}
