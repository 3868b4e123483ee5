package dev.strata.scheduler.engine;

import dev.strata.api.scheduler.JobExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One test's world: a manual clock, an in-memory store, engines on them that record their
 * events, and their shutdown at the end. The default settings make time-based rules easy to
 * read: no jitter, backoff 1 s doubling, and no shutdown grace, so closing never waits.
 */
final class EngineFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    final ManualTime time = new ManualTime(START);
    final InMemoryKVStore store = new InMemoryKVStore(time);
    final EventRecorder events = new EventRecorder();
    private final List<SchedulerEngine> engines = new ArrayList<>();

    static EngineConfig testConfig() {
        return EngineConfig.defaults()
                .withRetry(new RetryPolicy(3, Duration.ofSeconds(1), 2.0, Duration.ofMinutes(1), 0.0))
                .withShutdownGrace(Duration.ZERO);
    }

    SchedulerEngine engine() {
        return engine(testConfig());
    }

    SchedulerEngine engine(EngineConfig config) {
        return engineOn(store, config);
    }

    /** An engine on another store (a copy taken at a simulated crash, say), sharing the clock. */
    SchedulerEngine engineOn(InMemoryKVStore kv, EngineConfig config) {
        EngineEnvironment environment = new EngineEnvironment(
                time, time.newTimer(), EngineEnvironment.daemonThreads("test-scheduler-"), () -> 0.5);
        SchedulerEngine engine = new SchedulerEngine(kv, config, environment);
        engine.addListener(events);
        synchronized (engines) {
            engines.add(engine);
        }
        return engine;
    }

    /** A started engine with the default test settings. */
    SchedulerEngine started() {
        SchedulerEngine engine = engine();
        engine.start();
        return engine;
    }

    /** An executor that returns its job's data as the result. */
    static JobExecutor echo() {
        return context -> Map.of("echo", context.data());
    }

    @Override
    public void close() {
        List<SchedulerEngine> all;
        synchronized (engines) {
            all = new ArrayList<>(engines);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).stop();
        }
    }
}
