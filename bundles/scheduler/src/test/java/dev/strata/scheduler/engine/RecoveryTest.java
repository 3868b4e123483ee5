package dev.strata.scheduler.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.common.PageRequest;
import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobQuery;
import dev.strata.api.scheduler.JobRequest;
import dev.strata.api.scheduler.JobStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecoveryTest {

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void loadingReadsTheQueueAndRunsNothingUntilStart() throws Exception {
        SchedulerEngine first = fixture.engine();
        String id = first.schedule("ingest", Map.of("n", 1), null);
        first.stop();

        SchedulerEngine second = fixture.engine();
        GatedExecutor gate = new GatedExecutor();
        second.addExecutor(1, 0, List.of("ingest"), gate);

        assertThat(gate.hasWaitingCall()).isFalse();
        assertThat(second.get(id).orElseThrow().waitingFor()).isEqualTo("scheduler not started");
        assertThat(second.get(id).orElseThrow().data()).containsEntry("n", 1);

        second.start();
        assertThat(gate.next().context.jobId()).isEqualTo(id);
        assertThatThrownBy(second::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("make a new engine");
    }

    @Test
    void aJobLeftRunningByACrashRunsAgainFromItsCheckpoint() throws Exception {
        SchedulerEngine crashed = fixture.started();
        GatedExecutor before = new GatedExecutor();
        crashed.addExecutor(1, 0, List.of("ingest"), before);
        String id = crashed.schedule("ingest", null, null);
        before.next().context.saveCheckpoint(Map.of("page", 3));
        InMemoryKVStore disk = fixture.store.copy();

        SchedulerEngine restarted = fixture.engineOn(disk, EngineFixture.testConfig());
        assertThat(restarted.get(id).orElseThrow().status()).isEqualTo(JobStatus.PENDING);
        GatedExecutor after = new GatedExecutor();
        restarted.addExecutor(1, 0, List.of("ingest"), after);
        restarted.start();

        GatedExecutor.Call again = after.next();
        assertThat(again.context.jobId()).isEqualTo(id);
        assertThat(again.context.checkpoint()).contains(Map.of("page", 3));
        assertThat(again.context.attempt()).isEqualTo(2);
        again.complete(Map.of("done", true));
        assertThat(fixture.events.await(id, JobStatus.COMPLETED, 1).attempts()).isEqualTo(2);
        assertThat(disk.liveKeys(JobKeys.QUEUE)).isEmpty();
    }

    @Test
    void aJobCancelledWhileRunningBeforeTheCrashIsCancelledAtStart() throws Exception {
        SchedulerEngine crashed = fixture.started();
        GatedExecutor before = new GatedExecutor();
        crashed.addExecutor(1, 0, List.of("ingest"), before);
        String id = crashed.schedule("ingest", null, null);
        GatedExecutor.Call call = before.next();
        crashed.cancel(id);
        InMemoryKVStore disk = fixture.store.copy();

        SchedulerEngine restarted = fixture.engineOn(disk, EngineFixture.testConfig());
        GatedExecutor after = new GatedExecutor();
        restarted.addExecutor(1, 0, List.of("ingest"), after);
        restarted.start();

        assertThat(restarted.get(id).orElseThrow().status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(after.hasWaitingCall()).isFalse();
        call.awaitInterrupt();
    }

    @Test
    void aRetryBackoffSurvivesTheRestart() throws Exception {
        SchedulerEngine first = fixture.started();
        GatedExecutor gate = new GatedExecutor();
        first.addExecutor(1, 0, List.of("ingest"), gate);
        String id = first.schedule("ingest", null, null);
        gate.next().fail(new IllegalStateException("flaky"));
        fixture.events.await(id, JobStatus.PENDING, 2);
        first.stop();

        SchedulerEngine second = fixture.engine();
        second.addExecutor(1, 0, List.of("ingest"), gate);
        second.start();
        assertThat(second.get(id).orElseThrow().waitingFor()).startsWith("retry backoff until");
        assertThat(gate.hasWaitingCall()).isFalse();

        fixture.time.advance(Duration.ofSeconds(1));
        GatedExecutor.Call retried = gate.next();
        assertThat(retried.context.attempt()).isEqualTo(2);
        retried.complete(Map.of());
        fixture.events.await(id, JobStatus.COMPLETED);
    }

    @Test
    void aLargeBacklogLoadsFromTheQueueAloneAndKeepsItsOrder() {
        SchedulerEngine first = fixture.engine();
        List<JobRequest> requests = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            requests.add(JobRequest.of("ingest", Map.of("n", i), null));
        }
        List<String> ids = first.scheduleAll(requests);
        first.stop();

        SchedulerEngine second = fixture.engine();
        List<JobInfo> oldest = second.list(JobQuery.all()
                        .withStatus(JobStatus.PENDING)
                        .withPage(new PageRequest(3, null, null, PageRequest.Order.ASC)))
                .data();

        assertThat(oldest).extracting(JobInfo::id).containsExactlyElementsOf(ids.subList(0, 3));
        assertThat(oldest.get(2).data()).containsEntry("n", 2);
    }
}
