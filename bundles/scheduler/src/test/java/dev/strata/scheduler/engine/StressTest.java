package dev.strata.scheduler.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobQuery;
import dev.strata.api.scheduler.JobRequest;
import dev.strata.api.scheduler.JobStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StressTest {

    private static final int CANCEL_ROUNDS = 300;

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void cancelRacingCompletionEndsInExactlyOneConsistentOutcome() throws Exception {
        SchedulerEngine engine = fixture.started();
        CyclicBarrier bothReady = new CyclicBarrier(2);
        engine.addExecutor(1, 0, List.of("race"), context -> {
            bothReady.await(10, TimeUnit.SECONDS);
            return Map.of("by", "executor");
        });
        int cancelled = 0;
        for (int round = 0; round < CANCEL_ROUNDS; round++) {
            String id = engine.schedule("race", null, null);
            fixture.events.await(id, JobStatus.RUNNING);
            bothReady.await(10, TimeUnit.SECONDS);
            boolean cancelWon = engine.cancel(id);
            JobInfo finished = fixture.events.awaitFinished(id);
            assertConsistent(engine, finished, cancelWon);
            cancelled += cancelWon ? 1 : 0;
        }
        assertThat(cancelled).isBetween(0, CANCEL_ROUNDS);
    }

    @Test
    void tenThousandJobsWithALimitOfFourNeverRunMoreThanFourAtOnce() throws Exception {
        SchedulerEngine engine = fixture.engine(EngineFixture.testConfig().withMaxConcurrentJobs(4));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        engine.addExecutor(1, 0, List.of("work"), context -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            for (int spin = 0; spin < 1000; spin++) {
                Thread.onSpinWait();
            }
            running.decrementAndGet();
            return Map.of();
        });
        CountDownLatch allCompleted = completions(engine, 10_000);
        for (int batch = 0; batch < 10; batch++) {
            List<JobRequest> requests = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                requests.add(JobRequest.of("work", Map.of("n", batch * 1000 + i), null));
            }
            engine.scheduleAll(requests);
        }

        engine.start();

        assertThat(allCompleted.await(40, TimeUnit.SECONDS)).isTrue();
        assertThat(mostAtOnce.get()).isBetween(1, 4);
        assertThat(engine.list(JobQuery.all().withStatus(JobStatus.PENDING)).data())
                .isEmpty();
        assertThat(fixture.store.liveKeys(JobKeys.QUEUE)).isEmpty();
    }

    @Test
    void fourThreadsSchedulingAtOnceLoseNoJob() throws Exception {
        SchedulerEngine engine = fixture.started();
        Set<String> executed = ConcurrentHashMap.newKeySet();
        engine.addExecutor(1, 0, List.of("work"), context -> {
            executed.add(context.jobId());
            return Map.of();
        });
        CountDownLatch allCompleted = completions(engine, 2000);
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> scheduled = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                scheduled.add(callers.submit(() -> scheduleMany(engine, 500)));
            }
            Set<String> ids = new HashSet<>();
            for (Future<List<String>> future : scheduled) {
                ids.addAll(future.get(30, TimeUnit.SECONDS));
            }

            assertThat(allCompleted.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(ids).hasSize(2000);
            assertThat(executed).isEqualTo(ids);
        } finally {
            callers.shutdownNow();
        }
    }

    private static List<String> scheduleMany(SchedulerEngine engine, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(engine.schedule("work", Map.of("i", i), null));
        }
        return ids;
    }

    private static CountDownLatch completions(SchedulerEngine engine, int count) {
        CountDownLatch latch = new CountDownLatch(count);
        engine.addListener(job -> {
            if (job.status() == JobStatus.COMPLETED) {
                latch.countDown();
            }
        });
        return latch;
    }

    /** Cancel returned true exactly when the job ended cancelled, without the executor's result. */
    private void assertConsistent(SchedulerEngine engine, JobInfo finished, boolean cancelWon) {
        JobInfo stored = engine.get(finished.id()).orElseThrow();
        if (cancelWon) {
            assertThat(stored.status()).isEqualTo(JobStatus.CANCELLED);
            assertThat(stored.result()).isNull();
        } else {
            assertThat(stored.status()).isEqualTo(JobStatus.COMPLETED);
            assertThat(stored.result()).isEqualTo(Map.of("by", "executor"));
        }
        assertThat(finished.status()).isEqualTo(stored.status());
        assertThat(fixture.events.statusesOf(finished.id()))
                .containsExactly(JobStatus.PENDING, JobStatus.RUNNING, stored.status());
    }
}
