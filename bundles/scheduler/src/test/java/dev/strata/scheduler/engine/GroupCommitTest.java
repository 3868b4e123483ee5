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
    private final GroupCommit commit = new GroupCommit(store);
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
