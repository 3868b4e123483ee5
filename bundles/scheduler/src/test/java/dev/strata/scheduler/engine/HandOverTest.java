package dev.strata.scheduler.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.kvstore.KVWrite;
import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobRequest;
import dev.strata.api.scheduler.JobStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A worker whose job ended hands its slot to the oldest ready job and starts it in the same
 * durable write that records the end: one write per job while jobs wait, and still every start
 * durable before its executor runs.
 */
class HandOverTest {

    private final EngineFixture fixture = new EngineFixture();
    private final GatedExecutor gate = new GatedExecutor();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void whileJobsWaitEachEndIsWrittenTogetherWithTheNextStart() throws Exception {
        SchedulerEngine engine = oneAtATime();
        List<String> ids = engine.scheduleAll(List.of(ingest(), ingest(), ingest()));
        int afterScheduling = fixture.store.writeCalls();
        engine.start();

        for (String id : ids) {
            GatedExecutor.Call call = gate.next();
            assertThat(call.context.jobId()).isEqualTo(id);
            call.complete(Map.of());
            fixture.events.await(id, JobStatus.COMPLETED);
        }

        // the first start alone, then each end: two carry the next start, the last one does not
        assertThat(fixture.store.writeCalls() - afterScheduling).isEqualTo(4);
    }

    @Test
    void theNextJobIsDurablyRunningAndThePreviousDurablyEndedWhenItsExecutorRuns() throws Exception {
        SchedulerEngine engine = oneAtATime();
        List<String> ids = engine.scheduleAll(List.of(ingest(), ingest()));
        engine.start();
        gate.next().complete(Map.of("n", 1));

        GatedExecutor.Call second = gate.next();
        InMemoryKVStore atThisMoment = fixture.store.copy();

        assertThat(durable(atThisMoment, ids.get(0)).status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(durable(atThisMoment, ids.get(1)).status()).isEqualTo(JobStatus.RUNNING);
        assertThat(durable(atThisMoment, ids.get(1)).attempts()).isEqualTo(1);
        second.complete(Map.of());
        fixture.events.await(ids.get(1), JobStatus.COMPLETED);
    }

    @Test
    void whenTheJointWriteFailsTheNextJobWaitsAgainAndTheEndedOneRunsAgain() throws Exception {
        SchedulerEngine engine = oneAtATime();
        List<String> ids = engine.scheduleAll(List.of(ingest(), ingest()));
        AtomicBoolean refused = new AtomicBoolean();
        fixture.store.beforeWrite(batch -> {
            if (batch.stream().anyMatch(KVWrite.Delete.class::isInstance) && refused.compareAndSet(false, true)) {
                throw InMemoryKVStore.backendDown();
            }
        });
        engine.start();
        gate.next().complete(Map.of("first", true));

        GatedExecutor.Call next = gate.next();
        assertThat(next.context.jobId()).isEqualTo(ids.get(1));
        assertThat(next.context.attempt()).isEqualTo(1);
        assertThat(engine.get(ids.get(0)).orElseThrow().waitingFor()).startsWith("retry backoff until");
        next.complete(Map.of());
        fixture.events.await(ids.get(1), JobStatus.COMPLETED);

        fixture.time.awaitPendingTasks(1);
        fixture.time.advance(Duration.ofSeconds(1));
        GatedExecutor.Call again = gate.next();
        assertThat(again.context.jobId()).isEqualTo(ids.get(0));
        assertThat(again.context.attempt()).isEqualTo(2);
        again.complete(Map.of());
        fixture.events.await(ids.get(0), JobStatus.COMPLETED);
        assertThat(fixture.events.statusesOf(ids.get(1)))
                .containsExactly(JobStatus.PENDING, JobStatus.RUNNING, JobStatus.COMPLETED);
    }

    private static JobInfo durable(InMemoryKVStore store, String id) {
        String key = JobKeys.record(id);
        return new JobCodec().read(key, store.get(key).orElseThrow()).info();
    }

    private SchedulerEngine oneAtATime() {
        SchedulerEngine engine = fixture.engine(EngineFixture.testConfig().withMaxConcurrentJobs(1));
        engine.addExecutor(1, 0, List.of("ingest"), gate);
        return engine;
    }

    private static JobRequest ingest() {
        return JobRequest.of("ingest", null, null);
    }
}
