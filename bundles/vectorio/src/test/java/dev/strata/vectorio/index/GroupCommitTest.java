package dev.strata.vectorio.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Callers that arrive while a commit runs share the next one. The commits here are fakes that
 * cover every change numbered so far, and the first can be held open with a latch.
 */
class GroupCommitTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final AtomicLong lastChange = new AtomicLong();
    private final AtomicInteger flushes = new AtomicInteger();
    private final CountDownLatch firstCommitMayEnd = new CountDownLatch(1);
    private final CountDownLatch firstCommitBegan = new CountDownLatch(1);
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private volatile IOException failFirst;

    private final GroupCommit commits = new GroupCommit(() -> {
        long covered = lastChange.get();
        if (flushes.incrementAndGet() == 1) {
            firstCommitBegan.countDown();
            await(firstCommitMayEnd);
            if (failFirst != null) {
                throw failFirst;
            }
        }
        return covered;
    });

    @AfterEach
    void stop() {
        firstCommitMayEnd.countDown();
        callers.shutdownNow();
    }

    @Test
    void aLoneCallerCommitsOnce() throws IOException {
        firstCommitMayEnd.countDown();

        commits.awaitDurable(change());

        assertThat(commits.commits()).isEqualTo(1);
    }

    @Test
    void aChangeThatACommitCoveredNeedsNoOther() throws IOException {
        firstCommitMayEnd.countDown();
        long first = change();
        long second = change();
        commits.awaitDurable(second);

        commits.awaitDurable(first);

        assertThat(commits.commits()).isEqualTo(1);
    }

    @Test
    void callersArrivingDuringACommitShareTheNext() throws Exception {
        Future<?> first = callers.submit(() -> durable(change()));
        assertThat(firstCommitBegan.await(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                .isTrue();
        List<Future<?>> later = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long change = change(); // made after the first commit began, so it does not cover them
            later.add(callers.submit(() -> durable(change)));
        }
        assertThat(commits.awaitWaiting(5, PATIENCE)).isTrue();

        firstCommitMayEnd.countDown();

        first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        for (Future<?> each : later) {
            each.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
        assertThat(commits.commits()).isEqualTo(2);
    }

    @Test
    void aFailedCommitFailsItsCallerAndTheWaitersCommitAgain() throws Exception {
        failFirst = new IOException("disk full");
        Future<?> first = callers.submit(() -> durable(change()));
        assertThat(firstCommitBegan.await(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                .isTrue();
        long change = change();
        Future<?> waiter = callers.submit(() -> durable(change));
        assertThat(commits.awaitWaiting(1, PATIENCE)).isTrue();

        firstCommitMayEnd.countDown();

        assertThatThrownBy(() -> first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                .hasRootCauseMessage("disk full");
        waiter.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(commits.commits()).isEqualTo(2);
    }

    private long change() {
        return lastChange.incrementAndGet();
    }

    private Void durable(long change) throws IOException {
        commits.awaitDurable(change);
        return null;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
