package dev.strata.scheduler.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobStatus;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExecutorsTest {

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void jobsWaitForAnExecutorAndRunWhenOneArrives() throws Exception {
        SchedulerEngine engine = fixture.started();
        String id = engine.schedule("ingest", null, null);
        assertThat(engine.get(id).orElseThrow().waitingFor()).isEqualTo("no executor for type ingest");

        engine.addExecutor(1, 0, List.of("ingest"), EngineFixture.echo());

        assertThat(fixture.events.await(id, JobStatus.COMPLETED).attempts()).isEqualTo(1);
        assertThat(engine.servedTypes()).containsExactly("ingest");
    }

    @Test
    void theHighestRankingWinsAndTiesGoToTheLowestId() throws Exception {
        SchedulerEngine engine = fixture.started();
        engine.addExecutor(5, 0, List.of("t"), context -> Map.of("by", 5));
        engine.addExecutor(3, 0, List.of("t"), context -> Map.of("by", 3));
        engine.addExecutor(9, -1, List.of("t"), context -> Map.of("by", 9));
        assertThat(resultOf(engine)).containsEntry("by", 3);

        engine.addExecutor(9, 10, List.of("t"), context -> Map.of("by", 9));
        assertThat(resultOf(engine)).containsEntry("by", 9);

        engine.removeExecutor(9);
        engine.removeExecutor(3);
        assertThat(resultOf(engine)).containsEntry("by", 5);
    }

    @Test
    void anExecutorLeavingMidJobSendsItBackToPendingUncountedUntilOneReturns() throws Exception {
        SchedulerEngine engine = fixture.engine(EngineFixture.testConfig().withShutdownGrace(Duration.ofSeconds(10)));
        engine.start();
        GatedExecutor first = new GatedExecutor();
        engine.addExecutor(1, 0, List.of("ingest"), first);
        String id = engine.schedule("ingest", null, null);
        GatedExecutor.Call call = first.next();
        call.context.saveCheckpoint(Map.of("step", 2));

        engine.removeExecutor(1);

        call.awaitInterrupt();
        JobInfo back = engine.get(id).orElseThrow();
        assertThat(back.status()).isEqualTo(JobStatus.PENDING);
        assertThat(back.attempts()).isZero();
        assertThat(back.waitingFor()).isEqualTo("no executor for type ingest");
        assertThat(back.error()).isNull();

        GatedExecutor second = new GatedExecutor();
        engine.addExecutor(2, 0, List.of("ingest"), second);
        GatedExecutor.Call resumed = second.next();
        assertThat(resumed.context.attempt()).isEqualTo(1);
        assertThat(resumed.context.checkpoint()).contains(Map.of("step", 2));
        resumed.complete(Map.of());
        fixture.events.await(id, JobStatus.COMPLETED);
    }

    @Test
    void anUpdateThatDropsATypeSendsItsRunningJobBack() throws Exception {
        SchedulerEngine engine = fixture.started();
        GatedExecutor gate = new GatedExecutor();
        engine.addExecutor(1, 0, List.of("a", "b"), gate);
        String id = engine.schedule("a", null, null);
        GatedExecutor.Call call = gate.next();

        engine.addExecutor(1, 0, List.of("b"), gate);

        call.awaitInterrupt();
        assertThat(fixture.events.await(id, JobStatus.PENDING, 2).attempts()).isZero();
        assertThat(engine.servedTypes()).containsExactly("b");
    }

    @Test
    void invalidTypeNamesAreSkippedAndAnExecutorWithNoneIsIgnored() {
        SchedulerEngine engine = fixture.engine();

        assertThat(engine.addExecutor(1, 0, Arrays.asList("ok", "not ok", null), EngineFixture.echo()))
                .containsExactly("ok");
        assertThat(engine.addExecutor(2, 0, List.of("bad name"), EngineFixture.echo()))
                .isEmpty();
        assertThat(engine.addExecutor(3, 0, null, EngineFixture.echo())).isEmpty();
        assertThat(engine.servedTypes()).containsExactly("ok");
        assertThatThrownBy(() -> engine.addExecutor(4, 0, List.of("ok"), null))
                .hasMessageContaining("executor 4 is null");
    }

    @Test
    void missingRequiredExecutorsShrinkAsExecutorsArrive() {
        SchedulerEngine engine = fixture.engine(EngineFixture.testConfig().withRequiredExecutors(Set.of("a", "b")));
        assertThat(engine.missingRequiredExecutors()).containsExactlyInAnyOrder("a", "b");

        engine.addExecutor(1, 0, List.of("a"), EngineFixture.echo());

        assertThat(engine.missingRequiredExecutors()).containsExactly("b");
        assertThat(engine.isStarted()).isFalse();
    }

    private Map<String, Object> resultOf(SchedulerEngine engine) throws InterruptedException {
        String id = engine.schedule("t", null, null);
        return fixture.events.await(id, JobStatus.COMPLETED).result();
    }
}
