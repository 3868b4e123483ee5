package dev.strata.scheduler.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShutdownTest {

    private static final Duration GRACE = Duration.ofSeconds(30);

    private final EngineFixture fixture = new EngineFixture();
    private final GatedExecutor gate = new GatedExecutor();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aJobThatEndsWithinTheGracePeriodCompletesAndNothingNewStarts() throws Exception {
        SchedulerEngine engine = startedWithGrace();
        String id = engine.schedule("ingest", null, null);
        GatedExecutor.Call call = gate.next();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(engine::stop);
        fixture.time.awaitPendingTasks(1);
        String late = engine.schedule("ingest", null, null);
        call.complete(Map.of("ok", true));
        stopping.get(10, TimeUnit.SECONDS);

        assertThat(engine.get(id).orElseThrow().status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(engine.get(late).orElseThrow().waitingFor()).startsWith("scheduler stopped");
        assertThat(gate.hasWaitingCall()).isFalse();
        assertThat(engine.isStarted()).isFalse();
    }

    @Test
    void afterTheGracePeriodRunningJobsAreInterruptedAndLeftPendingUncounted() throws Exception {
        SchedulerEngine engine = startedWithGrace();
        String id = engine.schedule("ingest", null, null);
        GatedExecutor.Call call = gate.next();
        call.context.saveCheckpoint(Map.of("at", 7));

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(engine::stop);
        fixture.time.awaitPendingTasks(1);
        fixture.time.advance(GRACE);
        call.awaitInterrupt();
        stopping.get(10, TimeUnit.SECONDS);

        JobInfo left = engine.get(id).orElseThrow();
        assertThat(left.status()).isEqualTo(JobStatus.PENDING);
        assertThat(left.attempts()).isZero();
        assertThat(fixture.events.statusesOf(id)).doesNotContain(JobStatus.CANCELLED);

        SchedulerEngine next = fixture.engine();
        next.addExecutor(1, 0, List.of("ingest"), gate);
        next.start();
        GatedExecutor.Call resumed = gate.next();
        assertThat(resumed.context.attempt()).isEqualTo(1);
        assertThat(resumed.context.checkpoint()).contains(Map.of("at", 7));
        resumed.complete(Map.of());
        fixture.events.await(id, JobStatus.COMPLETED);
    }

    @Test
    void stoppingTwiceOrBeforeStartDoesNoHarm() {
        SchedulerEngine unstarted = fixture.engine();
        unstarted.stop();
        unstarted.stop();

        SchedulerEngine engine = fixture.started();
        engine.close();
        engine.stop();

        assertThat(engine.isStarted()).isFalse();
    }

    private SchedulerEngine startedWithGrace() {
        SchedulerEngine engine = fixture.engine(EngineFixture.testConfig().withShutdownGrace(GRACE));
        engine.start();
        engine.addExecutor(1, 0, List.of("ingest"), gate);
        return engine;
    }
}
