package dev.strata.scheduler.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.scheduler.JobQuery;
import dev.strata.api.scheduler.JobStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeleteTest {

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aFinishedJobIsDeletedWithAllItsKeys() throws Exception {
        SchedulerEngine engine = fixture.started();
        engine.addExecutor(1, 0, List.of("ingest"), EngineFixture.echo());
        String id = engine.schedule("ingest", Map.of("n", 1), null);
        fixture.events.await(id, JobStatus.COMPLETED);

        assertThat(engine.delete(id)).isTrue();

        assertThat(engine.get(id)).isEmpty();
        assertThat(engine.list(JobQuery.all()).data()).isEmpty();
        assertThat(fixture.store.liveKeys("")).isEmpty();
        assertThat(engine.delete(id)).isFalse();
    }

    @Test
    void aPendingOrRunningJobIsNotDeletedAndTheErrorSaysToCancelFirst() throws Exception {
        SchedulerEngine engine = fixture.started();
        GatedExecutor gate = new GatedExecutor();
        String pending = engine.schedule("waits", null, null);
        engine.addExecutor(1, 0, List.of("ingest"), gate);
        String running = engine.schedule("ingest", null, null);
        GatedExecutor.Call call = gate.next();

        assertThatThrownBy(() -> engine.delete(pending))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'" + pending + "' is pending")
                .hasMessageContaining("cancel it first");
        assertThatThrownBy(() -> engine.delete(running)).hasMessageContaining("is running");

        assertThat(engine.get(pending)).isPresent();
        call.complete(Map.of());
        fixture.events.await(running, JobStatus.COMPLETED);
        assertThat(engine.delete(running)).isTrue();
    }

    @Test
    void anUnknownJobIsNotDeleted() {
        assertThat(fixture.engine().delete("job-nope")).isFalse();
    }
}
