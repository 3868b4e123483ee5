package dev.strata.scheduler.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.kvstore.KVStoreException;
import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobQuery;
import dev.strata.api.scheduler.JobStatus;
import dev.strata.api.scheduler.UnknownJobException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CancelTest {

    private final EngineFixture fixture = new EngineFixture();
    private final GatedExecutor gate = new GatedExecutor();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aPendingJobIsCancelledAtOnceAndNeverRuns() throws Exception {
        SchedulerEngine engine = fixture.engine();
        engine.addExecutor(1, 0, List.of("ingest"), gate);
        String id = engine.schedule("ingest", null, null);

        assertThat(engine.cancel(id)).isTrue();
        engine.start();

        JobInfo job = engine.get(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(job.finishedAt()).isEqualTo(EngineFixture.START);
        assertThat(fixture.store.liveKeys(JobKeys.QUEUE)).isEmpty();
        String other = engine.schedule("ingest", null, null);
        assertThat(gate.next().context.jobId()).isEqualTo(other);
    }

    @Test
    void aRunningJobIsFlaggedDurablyInterruptedAndCancelledWhenItsExecutorReturns() throws Exception {
        SchedulerEngine engine = fixture.started();
        GatedExecutor stubborn = new GatedExecutor(true);
        engine.addExecutor(1, 0, List.of("ingest"), stubborn);
        String id = engine.schedule("ingest", null, null);
        GatedExecutor.Call call = stubborn.next();

        assertThat(engine.cancel(id)).isTrue();

        String record = new String(fixture.store.get("job/" + id).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(record).contains("\"cancel_requested\":true").contains("\"status\":\"running\"");
        assertThat(call.context.isCancelled()).isTrue();
        call.awaitInterrupt();
        assertThat(engine.get(id).orElseThrow().status()).isEqualTo(JobStatus.RUNNING);
        assertThat(engine.cancel(id)).isTrue();

        call.complete(Map.of("late", true));

        JobInfo cancelled = fixture.events.await(id, JobStatus.CANCELLED);
        assertThat(cancelled.result()).isNull();
        assertThat(cancelled.error()).isNull();
        assertThat(engine.get(id).orElseThrow().result()).isNull();
        assertThat(fixture.events.statusesOf(id))
                .containsExactly(JobStatus.PENDING, JobStatus.RUNNING, JobStatus.CANCELLED);
        assertThat(engine.cancel(id)).as("cancelled already").isTrue();
    }

    @Test
    void anExecutorThatThrowsOnTheInterruptEndsCancelledNotFailed() throws Exception {
        SchedulerEngine engine = fixture.started();
        engine.addExecutor(1, 0, List.of("ingest"), gate);
        String id = engine.schedule("ingest", null, null);
        GatedExecutor.Call call = gate.next();

        engine.cancel(id);
        call.awaitInterrupt();

        JobInfo cancelled = fixture.events.await(id, JobStatus.CANCELLED);
        assertThat(cancelled.attempts()).isEqualTo(1);
        assertThat(cancelled.error()).isNull();
    }

    @Test
    void aFinishedJobIsNotCancelledAndAnUnknownOneIsAnError() throws Exception {
        SchedulerEngine engine = fixture.started();
        engine.addExecutor(1, 0, List.of("ingest"), EngineFixture.echo());
        String id = engine.schedule("ingest", null, null);
        fixture.events.await(id, JobStatus.COMPLETED);

        assertThat(engine.cancel(id)).isFalse();
        assertThat(engine.get(id).orElseThrow().status()).isEqualTo(JobStatus.COMPLETED);
        assertThatThrownBy(() -> engine.cancel("job-nope"))
                .isInstanceOf(UnknownJobException.class)
                .hasMessageContaining("job-nope");
    }

    @Test
    void aJobLeftPendingInTheStoreByAWriteReportedAsFailedCanStillBeCancelled() {
        SchedulerEngine engine = fixture.engine();
        fixture.store.failAfterWrites(InMemoryKVStore::backendDown);
        assertThatThrownBy(() -> engine.schedule("ingest", null, null)).isInstanceOf(KVStoreException.class);
        fixture.store.failAfterWrites(null);
        JobInfo stray = engine.list(JobQuery.all()).data().get(0);
        assertThat(stray.status()).isEqualTo(JobStatus.PENDING);

        assertThat(engine.cancel(stray.id())).isTrue();

        assertThat(engine.get(stray.id()).orElseThrow().status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(fixture.store.liveKeys(JobKeys.QUEUE)).isEmpty();
    }
}
