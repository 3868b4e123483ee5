package dev.strata.scheduler.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeoutTest {

    private final EngineFixture fixture = new EngineFixture();
    private final GatedExecutor gate = new GatedExecutor();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anAttemptPastItsTypesTimeoutIsInterruptedAndCountsAsFailed() throws Exception {
        SchedulerEngine engine = fixture.engine(EngineFixture.testConfig().withTimeout("slow", Duration.ofMinutes(5)));
        engine.start();
        engine.addExecutor(1, 0, List.of("slow"), gate);
        String id = engine.schedule("slow", null, null);
        GatedExecutor.Call call = gate.next();

        fixture.time.advance(Duration.ofMinutes(5));
        call.awaitInterrupt();

        JobInfo retrying = fixture.events.await(id, JobStatus.PENDING, 2);
        assertThat(retrying.attempts()).isEqualTo(1);
        assertThat(retrying.error().message()).contains("timed out after PT5M").contains("'slow'");
        assertThat(retrying.error().stackTrace()).isNull();
        fixture.time.advance(Duration.ofSeconds(1));
        GatedExecutor.Call second = gate.next();
        assertThat(second.context.attempt()).isEqualTo(2);
        second.complete(Map.of());
        fixture.events.await(id, JobStatus.COMPLETED);
    }

    @Test
    void anAttemptThatEndsInTimeCancelsItsTimeoutAndOtherTypesHaveNone() throws Exception {
        SchedulerEngine engine = fixture.engine(EngineFixture.testConfig().withTimeout("slow", Duration.ofMinutes(5)));
        engine.start();
        engine.addExecutor(1, 0, List.of("slow", "fast"), gate);

        String slow = engine.schedule("slow", null, null);
        gate.next().complete(Map.of());
        fixture.events.await(slow, JobStatus.COMPLETED);
        assertThat(fixture.time.pendingTasks()).isZero();

        String fast = engine.schedule("fast", null, null);
        GatedExecutor.Call call = gate.next();
        assertThat(fixture.time.pendingTasks()).isZero();
        call.complete(Map.of());
        fixture.events.await(fast, JobStatus.COMPLETED);
    }
}
