package dev.strata.scheduler.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.kvstore.KVStoreException;
import dev.strata.api.kvstore.KVWrite;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final InMemoryKVStore store = new InMemoryKVStore(new ManualTime(Instant.EPOCH));
    /** One write in flight, so that callers line up behind a write the test holds. */
    private final GroupCommit commit = new GroupCommit(store, 1);

    private final ExecutorService threads = Executors.newFixedThreadPool(5);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void writersThatArriveDuringAWriteShareTheNextOne() throws Exception {
        CountDownLatch firstWriteEntered = new CountDownLatch(1);
        CountDownLatch releaseFirstWrite = new CountDownLatch(1);
        store.beforeWrite(batch -> {
            if (batch.get(0).key().equals("k0")) {
                firstWriteEntered.countDown();
                await(releaseFirstWrite);
            }
        });
        Future<?> first = threads.submit(() -> commit.write(List.of(put("k0"))));
        firstWriteEntered.await(10, TimeUnit.SECONDS);
        List<Future<?>> followers = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String key = "k" + i;
            followers.add(threads.submit(() -> commit.write(List.of(put(key)))));
        }
        awaitWaiting(4);

        releaseFirstWrite.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (Future<?> follower : followers) {
            follower.get(10, TimeUnit.SECONDS);
        }

        assertThat(store.writeCalls()).isEqualTo(2);
        assertThat(store.liveKeys("k")).containsExactly("k0", "k1", "k2", "k3", "k4");
    }

    @Test
    void oneCallersBadValueDoesNotFailTheOthersInItsJointWrite() throws Exception {
        CountDownLatch firstWriteEntered = new CountDownLatch(1);
        CountDownLatch releaseFirstWrite = new CountDownLatch(1);
        store.beforeWrite(batch -> {
            if (batch.get(0).key().equals("first")) {
                firstWriteEntered.countDown();
                await(releaseFirstWrite);
            }
        });
        Future<?> first = threads.submit(() -> commit.write(List.of(put("first"))));
        firstWriteEntered.await(10, TimeUnit.SECONDS);
        Future<?> good = threads.submit(() -> commit.write(List.of(put("good"))));
        Future<?> bad = threads.submit(() ->
                commit.write(List.of(KVWrite.put("bad", new byte[InMemoryKVStore.VALUE_LIMIT + 1]))));
        awaitWaiting(2);

        releaseFirstWrite.countDown();
        first.get(10, TimeUnit.SECONDS);
        good.get(10, TimeUnit.SECONDS);

        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class);
        assertThat(store.liveKeys("")).containsExactly("first", "good");
    }

    @Test
    void aStoreFailureReachesTheCallerAsTheStoresException() {
        store.failWrites(InMemoryKVStore::backendDown);

        assertThatThrownBy(() -> commit.write(List.of(put("k"))))
                .isInstanceOf(KVStoreException.class)
                .hasMessageContaining("backend is down");
        assertThat(commit.waitingBatches()).isZero();
    }

    @Test
    void anInterruptedWriterStillWritesAndKeepsItsInterrupt() {
        Thread.currentThread().interrupt();
        try {
            commit.write(List.of(put("k")));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(store.liveKeys("k")).containsExactly("k");
    }

    @Test
    void writesInFlightAtOnceEachWaitForTheirOwnCommit() throws Exception {
        GroupCommit parallel = new GroupCommit(store, 2);
        CountDownLatch bothEntered = new CountDownLatch(2);
        CountDownLatch releaseA = new CountDownLatch(1);
        CountDownLatch releaseB = new CountDownLatch(1);
        store.beforeWrite(batch -> {
            bothEntered.countDown();
            await(batch.get(0).key().equals("a") ? releaseA : releaseB);
        });
        Future<?> a = threads.submit(() -> parallel.write(List.of(put("a"))));
        Future<?> b = threads.submit(() -> parallel.write(List.of(put("b"))));
        assertThat(bothEntered.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(parallel.writesInFlight()).isEqualTo(2);

        releaseB.countDown();
        b.get(10, TimeUnit.SECONDS);

        assertThat(store.liveKeys("")).containsExactly("b");
        assertThat(a).isNotDone(); // its write has not returned from the store: not acknowledged
        releaseA.countDown();
        a.get(10, TimeUnit.SECONDS);
        assertThat(store.liveKeys("")).containsExactly("a", "b");
        assertThat(parallel.writesInFlight()).isZero();
    }

    @Test
    void aCallerWaitsForAFreeSlotWhenEveryWriteIsInFlight() throws Exception {
        GroupCommit parallel = new GroupCommit(store, 2);
        CountDownLatch twoEntered = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        store.beforeWrite(batch -> {
            if (!batch.get(0).key().startsWith("late")) {
                twoEntered.countDown();
                await(release);
            }
        });
        Future<?> a = threads.submit(() -> parallel.write(List.of(put("a"))));
        Future<?> b = threads.submit(() -> parallel.write(List.of(put("b"))));
        assertThat(twoEntered.await(10, TimeUnit.SECONDS)).isTrue();
        Future<?> late1 = threads.submit(() -> parallel.write(List.of(put("late1"))));
        Future<?> late2 = threads.submit(() -> parallel.write(List.of(put("late2"))));
        assertThat(parallel.awaitWaiting(2, Duration.ofSeconds(10))).isTrue();
        assertThat(store.liveKeys("late")).isEmpty();

        release.countDown();
        for (Future<?> writer : List.of(a, b, late1, late2)) {
            writer.get(10, TimeUnit.SECONDS);
        }

        assertThat(store.writeCalls()).isEqualTo(3); // a, b, then the late ones together
        assertThat(store.liveKeys("")).containsExactly("a", "b", "late1", "late2");
    }

    @Test
    void aFailedWriteFailsExactlyTheCallersWhoseBatchesItHeld() throws Exception {
        GroupCommit parallel = new GroupCommit(store, 2);
        CountDownLatch twoEntered = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        store.beforeWrite(batch -> {
            String first = batch.get(0).key();
            if (first.equals("held") || first.equals("doomed")) {
                twoEntered.countDown();
                await(release);
            }
            if (batch.stream().anyMatch(write -> write.key().startsWith("doomed"))) {
                throw InMemoryKVStore.backendDown();
            }
        });
        Future<?> held = threads.submit(() -> parallel.write(List.of(put("held"))));
        Future<?> doomed = threads.submit(() -> parallel.write(List.of(put("doomed"))));
        assertThat(twoEntered.await(10, TimeUnit.SECONDS)).isTrue();
        // both slots are taken: these two wait and are written together, after a slot frees
        Future<?> joinedDoomed = threads.submit(() -> parallel.write(List.of(put("doomed-too"))));
        Future<?> joinedGood = threads.submit(() -> parallel.write(List.of(put("joined"))));
        assertThat(parallel.awaitWaiting(2, Duration.ofSeconds(10))).isTrue();

        release.countDown();

        held.get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> doomed.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(KVStoreException.class);
        assertThatThrownBy(() -> joinedDoomed.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(KVStoreException.class);
        assertThatThrownBy(() -> joinedGood.get(10, TimeUnit.SECONDS))
                .as("it shared the failed transaction")
                .hasCauseInstanceOf(KVStoreException.class);
        assertThat(store.liveKeys("")).containsExactly("held");
    }

    @Test
    void aLoneCallerNeverWaitsForASlot() {
        GroupCommit parallel = new GroupCommit(store, 3);

        for (int i = 0; i < 5; i++) {
            parallel.write(List.of(put("k" + i)));
        }

        assertThat(store.writeCalls()).isEqualTo(5);
        assertThat(parallel.writesInFlight()).isZero();
        assertThat(parallel.waitingBatches()).isZero();
    }

    @Test
    void noWritesInFlightIsRefused() {
        assertThatThrownBy(() -> new GroupCommit(store, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use 1 or more");
    }

    private void awaitWaiting(int count) throws InterruptedException {
        assertThat(commit.awaitWaiting(count, Duration.ofSeconds(10))).isTrue();
        assertThat(commit.waitingBatches()).isEqualTo(count);
    }

    private static KVWrite put(String key) {
        return KVWrite.put(key, new byte[] {1});
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
