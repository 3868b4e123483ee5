package dev.strata.scheduler.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.kvstore.KVStoreException;
import dev.strata.api.kvstore.KVWrite;
import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When the store fails, nothing is lost: the change is refused or the job runs again later. */
class StoreFailureTest {

    private final EngineFixture fixture = new EngineFixture();
    private final GatedExecutor gate = new GatedExecutor();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aJobThatCannotBeMarkedRunningIsTriedAgainAfterTheInitialBackoff() throws Exception {
        CountDownLatch refused = failOnce(batch -> containsQueueValue(batch, "|R|"));
        SchedulerEngine engine = fixture.started();
        engine.addExecutor(1, 0, List.of("ingest"), gate);
        String id = engine.schedule("ingest", null, null);

        assertThat(refused.await(10, TimeUnit.SECONDS)).isTrue();
        fixture.time.awaitPendingTasks(1);
        assertThat(engine.get(id).orElseThrow().waitingFor()).startsWith("retry backoff until");
        fixture.time.advance(Duration.ofSeconds(1));

        GatedExecutor.Call call = gate.next();
        assertThat(call.context.attempt()).isEqualTo(1);
        call.complete(Map.of());
        fixture.events.await(id, JobStatus.COMPLETED);
    }

    @Test
    void anOutcomeThatCannotBeRecordedLeavesTheJobToRunAgain() throws Exception {
        CountDownLatch refused = failOnce(batch -> batch.stream().anyMatch(KVWrite.Delete.class::isInstance));
        SchedulerEngine engine = fixture.started();
        engine.addExecutor(1, 0, List.of("ingest"), gate);
        String id = engine.schedule("ingest", null, null);
        gate.next().complete(Map.of("first", true));

        assertThat(refused.await(10, TimeUnit.SECONDS)).isTrue();
        fixture.time.awaitPendingTasks(1);
        JobInfo waiting = engine.get(id).orElseThrow();
        assertThat(waiting.status()).isEqualTo(JobStatus.PENDING);
        fixture.time.advance(Duration.ofSeconds(1));

        GatedExecutor.Call again = gate.next();
        assertThat(again.context.attempt()).isEqualTo(2);
        again.complete(Map.of("second", true));
        assertThat(fixture.events.await(id, JobStatus.COMPLETED).result()).containsEntry("second", true);
    }

    @Test
    void aCheckpointThatCannotBeSavedFailsTheCallAndKeepsThePreviousOne() throws Exception {
        SchedulerEngine engine = fixture.started();
        engine.addExecutor(1, 0, List.of("ingest"), gate);
        engine.schedule("ingest", null, null);
        GatedExecutor.Call call = gate.next();
        call.context.saveCheckpoint(Map.of("n", 1));
        fixture.store.failWrites(InMemoryKVStore::backendDown);

        assertThatThrownBy(() -> call.context.saveCheckpoint(Map.of("n", 2))).isInstanceOf(KVStoreException.class);

        fixture.store.failWrites(null);
        assertThat(call.context.checkpoint()).contains(Map.of("n", 1));
        call.complete(Map.of());
    }

    @Test
    void aCancelThatCannotBeWrittenChangesNothing() throws Exception {
        SchedulerEngine engine = fixture.engine();
        String id = engine.schedule("ingest", null, null);
        fixture.store.failWrites(InMemoryKVStore::backendDown);

        assertThatThrownBy(() -> engine.cancel(id)).isInstanceOf(KVStoreException.class);

        fixture.store.failWrites(null);
        assertThat(engine.get(id).orElseThrow().status()).isEqualTo(JobStatus.PENDING);
        assertThat(engine.cancel(id)).isTrue();
    }

    /** Fails the first batch that matches, as a backend that is briefly down would. */
    private CountDownLatch failOnce(Predicate<List<KVWrite>> matching) {
        CountDownLatch refused = new CountDownLatch(1);
        fixture.store.beforeWrite(batch -> {
            if (refused.getCount() > 0 && matching.test(batch)) {
                refused.countDown();
                throw InMemoryKVStore.backendDown();
            }
        });
        return refused;
    }

    private static boolean containsQueueValue(List<KVWrite> batch, String marker) {
        return batch.stream()
                .filter(KVWrite.Put.class::isInstance)
                .map(KVWrite.Put.class::cast)
                .anyMatch(put -> put.key().startsWith(JobKeys.QUEUE)
                        && new String(put.value(), StandardCharsets.UTF_8).contains(marker));
    }
}
