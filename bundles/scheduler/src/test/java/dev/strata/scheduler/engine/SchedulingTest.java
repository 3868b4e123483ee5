package dev.strata.scheduler.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.kvstore.KVStoreException;
import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobQuery;
import dev.strata.api.scheduler.JobRequest;
import dev.strata.api.scheduler.JobStatus;
import dev.strata.api.scheduler.UnknownJobTypeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SchedulingTest {

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aScheduledJobIsDurableWhenScheduleReturns() {
        SchedulerEngine engine = fixture.engine();

        String id = engine.schedule("ingest", Map.of("file", "a.txt"), Map.of("store", "vs_1"));

        SchedulerEngine reader = fixture.engineOn(fixture.store.copy(), EngineFixture.testConfig());
        JobInfo job = reader.get(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.PENDING);
        assertThat(job.data()).containsEntry("file", "a.txt");
        assertThat(job.metadata()).containsEntry("store", "vs_1");
        assertThat(job.attempts()).isZero();
        assertThat(job.createdAt()).isEqualTo(EngineFixture.START);
    }

    @Test
    void aJobWithoutExecutorWaitsAndSaysWhy() {
        SchedulerEngine engine = fixture.started();

        String id = engine.schedule("ingest", null, null);

        assertThat(engine.get(id).orElseThrow().waitingFor()).isEqualTo("no executor for type ingest");
    }

    @Test
    void aJobScheduledBeforeStartWaitsForTheStart() {
        SchedulerEngine engine = fixture.engine(EngineFixture.testConfig().withRequiredExecutors(Set.of("ingest")));

        String id = engine.schedule("ingest", null, null);

        assertThat(engine.get(id).orElseThrow().waitingFor())
                .isEqualTo("scheduler not started; waiting for executors [ingest]");
    }

    @Test
    void aTypeNeverServedIsRefusedListingTheKnownTypesUnlessTheJobMayWait() {
        SchedulerEngine engine =
                fixture.engine(EngineFixture.testConfig().withRequiredExecutors(Set.of("vectorio.file-batch")));
        engine.addExecutor(1, 0, List.of("embed"), EngineFixture.echo());
        engine.removeExecutor(1);

        assertThatThrownBy(() ->
                        engine.schedule(JobRequest.of("ingset", null, null).withAllowWaiting(false)))
                .isInstanceOfSatisfying(
                        UnknownJobTypeException.class,
                        e -> assertThat(e.knownTypes()).containsExactly("embed", "vectorio.file-batch"))
                .hasMessageContaining("'ingset'");
        assertThat(engine.schedule(JobRequest.of("embed", null, null).withAllowWaiting(false)))
                .isNotNull();
        assertThat(engine.schedule(
                        JobRequest.of("vectorio.file-batch", null, null).withAllowWaiting(false)))
                .isNotNull();
        assertThat(engine.schedule(JobRequest.of("ingset", null, null))).isNotNull();
    }

    @Test
    void scheduleAllWritesTheWholeBatchOnceInOrder() {
        SchedulerEngine engine = fixture.engine();
        List<JobRequest> requests = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            requests.add(JobRequest.of("ingest", Map.of("n", i), null));
        }
        int writesBefore = fixture.store.writeCalls();

        List<String> ids = engine.scheduleAll(requests);

        assertThat(fixture.store.writeCalls() - writesBefore).isEqualTo(1);
        assertThat(ids).hasSize(50).isSorted().doesNotHaveDuplicates();
        assertThat(engine.get(ids.get(7)).orElseThrow().data()).containsEntry("n", 7);
        assertThat(engine.scheduleAll(List.of())).isEmpty();
    }

    @Test
    void aBadBatchSchedulesNothing() {
        SchedulerEngine engine = fixture.engine();
        List<JobRequest> withNull = Arrays.asList(JobRequest.of("a", null, null), null);
        List<JobRequest> withUnknown = List.of(
                JobRequest.of("a", null, null), JobRequest.of("b", null, null).withAllowWaiting(false));

        assertThatThrownBy(() -> engine.scheduleAll(withNull)).hasMessageContaining("index 1");
        assertThatThrownBy(() -> engine.scheduleAll(withUnknown)).isInstanceOf(UnknownJobTypeException.class);

        assertThat(engine.list(JobQuery.all()).data()).isEmpty();
        assertThat(fixture.store.liveKeys("")).isEmpty();
    }

    @Test
    void aStoreFailureLeavesNoTraceOfTheJob() {
        SchedulerEngine engine = fixture.started();
        engine.addExecutor(1, 0, List.of("ingest"), EngineFixture.echo());
        fixture.store.failWrites(InMemoryKVStore::backendDown);

        assertThatThrownBy(() -> engine.schedule("ingest", null, null)).isInstanceOf(KVStoreException.class);

        fixture.store.failWrites(null);
        assertThat(engine.list(JobQuery.all()).data()).isEmpty();
        assertThat(engine.list(JobQuery.all().withStatus(JobStatus.PENDING)).data())
                .isEmpty();
    }

    @Test
    void nullAndBlankArgumentsAreRefusedWithTheFix() {
        SchedulerEngine engine = fixture.engine();

        assertThatThrownBy(() -> engine.schedule((JobRequest) null)).hasMessageContaining("pass a JobRequest");
        assertThatThrownBy(() -> engine.scheduleAll(null)).hasMessageContaining("pass a list");
        assertThatThrownBy(() -> engine.get(" ")).hasMessageContaining("job id is ' '");
        assertThatThrownBy(() -> engine.list(null)).hasMessageContaining("JobQuery.all()");
        assertThatThrownBy(() -> engine.cancel(null)).hasMessageContaining("job id is null");
        assertThat(engine.get("job-unknown")).isEmpty();
    }
}
