package dev.strata.scheduler.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.scheduler.JobQuery;
import dev.strata.api.scheduler.JobStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aFinishedJobStaysReadableForTheRetentionPeriodThenDisappears() throws Exception {
        SchedulerEngine engine = fixture.engine(EngineFixture.testConfig().withRetention(Duration.ofDays(2)));
        engine.start();
        engine.addExecutor(1, 0, List.of("ingest"), EngineFixture.echo());
        String done = engine.schedule("ingest", null, null);
        fixture.events.await(done, JobStatus.COMPLETED);
        String waiting = engine.schedule("nobody-serves-this", null, null);

        fixture.time.advance(Duration.ofDays(2).minusMillis(1));
        assertThat(engine.get(done)).isPresent();

        fixture.time.advance(Duration.ofMillis(1));
        assertThat(engine.get(done)).isEmpty();
        assertThat(engine.list(JobQuery.all()).data())
                .extracting(job -> job.id())
                .containsExactly(waiting);
        assertThat(engine.list(JobQuery.all().withStatus(JobStatus.COMPLETED)).data())
                .isEmpty();
        assertThat(engine.get(waiting)).isPresent();
    }

    @Test
    void theDefaultRetentionIsSevenDays() throws Exception {
        SchedulerEngine engine =
                fixture.engine(EngineFixture.testConfig().withRetention(EngineConfig.DEFAULT_RETENTION));
        engine.start();
        engine.addExecutor(1, 0, List.of("ingest"), EngineFixture.echo());
        String id = engine.schedule("ingest", null, null);
        fixture.events.await(id, JobStatus.COMPLETED);

        assertThat(fixture.store.expiryOf("job/" + id)).isEqualTo(EngineFixture.START.plus(Duration.ofDays(7)));
        assertThat(fixture.store.expiryOf(JobKeys.newestFirst(id)))
                .isEqualTo(EngineFixture.START.plus(Duration.ofDays(7)));
    }
}
