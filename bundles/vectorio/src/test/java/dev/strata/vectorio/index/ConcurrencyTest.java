package dev.strata.vectorio.index;

import static dev.strata.vectorio.index.Chunks.chunk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.vectorio.ComparisonOperator;
import dev.strata.api.vectorio.Filter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many threads write one index at once; every returned write is visible at once and durable. */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int FILES_PER_THREAD = 12;
    private static final int CHUNKS_PER_FILE = 4;
    private static final int DIMENSION = 16;

    @TempDir
    Path folder;

    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void replaceFileFrom8ThreadsIsVisibleOnReturnAndDurable() throws Exception {
        try (StoreIndex index = StoreIndex.open(folder, DIMENSION)) {
            runTogether(thread -> {
                Random random = new Random(thread);
                for (int file = 0; file < FILES_PER_THREAD; file++) {
                    String fileId = "t" + thread + "-f" + file;
                    index.replaceFile(fileId, chunks(fileId, random, "first"));
                    index.replaceFile(fileId, chunks(fileId, random, "second"));

                    assertThat(index.chunkCount(fileId)).isEqualTo(CHUNKS_PER_FILE);
                    assertThat(index.fileChunks(fileId))
                            .allMatch(chunk -> chunk.text().startsWith("second"));
                    Filter mine = new Filter.Comparison("file", ComparisonOperator.EQ, fileId);
                    assertThat(index.search(Chunks.vector(Chunks.random(random, DIMENSION), mine, 10)))
                            .hasSize(CHUNKS_PER_FILE);
                }
                return null;
            });
        }

        try (StoreIndex index = StoreIndex.open(folder, DIMENSION)) {
            assertThat(index.chunkCount()).isEqualTo((long) THREADS * FILES_PER_THREAD * CHUNKS_PER_FILE);
            for (int thread = 0; thread < THREADS; thread++) {
                for (int file = 0; file < FILES_PER_THREAD; file++) {
                    assertThat(index.fileChunks("t" + thread + "-f" + file))
                            .hasSize(CHUNKS_PER_FILE)
                            .allMatch(chunk -> chunk.text().startsWith("second"));
                }
            }
        }
    }

    @Test
    void deletesAndAttributeUpdatesAmongWritesLeaveEachFileWhole() throws Exception {
        try (StoreIndex index = StoreIndex.open(folder, DIMENSION)) {
            runTogether(thread -> {
                Random random = new Random(thread);
                for (int file = 0; file < FILES_PER_THREAD; file++) {
                    String fileId = "t" + thread + "-f" + file;
                    index.replaceFile(fileId, chunks(fileId, random, "text"));
                    index.updateAttributes(fileId, Map.of("file", fileId, "round", 2));
                    if (file % 3 == 0) {
                        assertThat(index.deleteFile(fileId)).isTrue();
                    }
                }
                return null;
            });
        }

        try (StoreIndex index = StoreIndex.open(folder, DIMENSION)) {
            for (int thread = 0; thread < THREADS; thread++) {
                for (int file = 0; file < FILES_PER_THREAD; file++) {
                    List<IndexedChunk> chunks = index.fileChunks("t" + thread + "-f" + file);
                    if (file % 3 == 0) {
                        assertThat(chunks).isEmpty();
                    } else {
                        assertThat(chunks)
                                .hasSize(CHUNKS_PER_FILE)
                                .allMatch(
                                        chunk -> chunk.attributes().get("round").equals(2));
                    }
                }
            }
        }
    }

    /** An attribute update reads a file's chunks and writes them back: it must never undo a replace. */
    @Test
    void anAttributeUpdateNeverUndoesAConcurrentReplace() throws Exception {
        int rounds = 40;
        try (StoreIndex index = StoreIndex.open(folder, DIMENSION)) {
            index.replaceFile("f", chunks("f", new Random(0), "version -1"));
            CountDownLatch replacesDone = new CountDownLatch(1);
            Future<?> replaces = threads.submit(() -> {
                Random random = new Random(1);
                for (int round = 0; round < rounds; round++) {
                    index.replaceFile("f", chunks("f", random, "version " + round));
                }
                replacesDone.countDown();
                return null;
            });
            Future<?> updates = threads.submit(() -> {
                for (int round = 0; replacesDone.getCount() > 0; round++) {
                    index.updateAttributes("f", Map.of("file", "f", "update", round));
                }
                index.updateAttributes("f", Map.of("file", "f", "update", "last"));
                return null;
            });
            replaces.get(2, TimeUnit.MINUTES);
            updates.get(2, TimeUnit.MINUTES);

            assertThat(index.fileChunks("f"))
                    .hasSize(CHUNKS_PER_FILE)
                    .allMatch(chunk -> chunk.text().startsWith("version " + (rounds - 1) + " "))
                    .allMatch(chunk -> chunk.attributes().get("update").equals("last"));
        }
    }

    private void runTogether(Worker worker) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Void>> running = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            int number = thread;
            running.add(threads.submit((Callable<Void>) () -> {
                start.await();
                return worker.run(number);
            }));
        }
        start.countDown();
        for (Future<Void> each : running) {
            each.get(5, TimeUnit.MINUTES);
        }
    }

    private static List<IndexedChunk> chunks(String fileId, Random random, String text) {
        List<IndexedChunk> chunks = new ArrayList<>();
        for (int i = 0; i < CHUNKS_PER_FILE; i++) {
            chunks.add(chunk(fileId, i, text + " " + i, Chunks.random(random, DIMENSION), Map.of("file", fileId)));
        }
        return chunks;
    }

    @FunctionalInterface
    private interface Worker {
        Void run(int thread) throws IOException;
    }
}
