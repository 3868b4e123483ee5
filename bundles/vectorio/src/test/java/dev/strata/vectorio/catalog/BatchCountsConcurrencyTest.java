package dev.strata.vectorio.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.FileCounts;
import dev.strata.api.vectorio.VectorStoreFileStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Batches of one store whose files are recorded from several threads at once keep exact counts:
 * each write reads a batch's counts and writes them back changed, and no writer's change is lost
 * to another's.
 */
class BatchCountsConcurrencyTest {

    private static final int BATCHES = 3;
    private static final int WRITERS_PER_BATCH = 3;
    private static final int FILES_PER_WRITER = 80;

    private final InMemoryKVStore kv = new InMemoryKVStore(Clock.systemUTC());
    private final Catalog catalog = new Catalog(kv);

    @Test
    void concurrentBatchesOnOneStoreWrittenFromManyThreadsKeepExactCounts() throws Exception {
        for (int b = 0; b < BATCHES; b++) {
            createBatch("b" + b);
        }
        ExecutorService writers = Executors.newFixedThreadPool(BATCHES * WRITERS_PER_BATCH + 1);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        try {
            for (int b = 0; b < BATCHES; b++) {
                for (int w = 0; w < WRITERS_PER_BATCH; w++) {
                    String batchId = "b" + b;
                    int writer = w;
                    work.add(writers.submit(() -> {
                        start.await();
                        recordOneByOne(batchId, writer);
                        return null;
                    }));
                }
            }
            // a file of b0 attached alone meanwhile, again and again: b0 waits for it each time
            work.add(writers.submit(() -> {
                start.await();
                for (int i = 0; i < 50; i++) {
                    catalog.putFile(Records.file("vs_1", fileId("b0", 0, 0), Records.T0, VectorStoreFileStatus.FAILED));
                }
                return null;
            }));
            start.countDown();
            for (Future<?> done : work) {
                done.get(60, TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }

        int files = WRITERS_PER_BATCH * FILES_PER_WRITER;
        for (int b = 0; b < BATCHES; b++) {
            BatchRecord batch = catalog.batch("vs_1", "b" + b).orElseThrow().value();
            assertThat(batch.counts()).isEqualTo(catalog.batchCounts(batch));
            if (b > 0) {
                assertThat(batch.counts()).isEqualTo(FileCounts.of(0, files / 2, files - files / 2, 0));
            }
        }
    }

    /** Records this writer's files of the batch one write at a time, every other one failed. */
    private void recordOneByOne(String batchId, int writer) {
        for (int i = 0; i < FILES_PER_WRITER; i++) {
            VectorStoreFileStatus status = i % 2 == 0 ? VectorStoreFileStatus.COMPLETED : VectorStoreFileStatus.FAILED;
            FileRecord file = Records.batchFile("vs_1", fileId(batchId, writer, i), batchId, status);
            assertThat(catalog.recordFiles("vs_1", batchId, List.of(file))).isTrue();
        }
    }

    private void createBatch(String batchId) {
        List<String> ids = new ArrayList<>();
        List<FileRecord> records = new ArrayList<>();
        for (int w = 0; w < WRITERS_PER_BATCH; w++) {
            for (int i = 0; i < FILES_PER_WRITER; i++) {
                ids.add(fileId(batchId, w, i));
                records.add(
                        Records.batchFile("vs_1", fileId(batchId, w, i), batchId, VectorStoreFileStatus.IN_PROGRESS));
            }
        }
        catalog.putBatch(Records.batch("vs_1", batchId, FileBatchStatus.IN_PROGRESS, ids.toArray(String[]::new)));
        catalog.putFiles(records);
    }

    private static String fileId(String batchId, int writer, int i) {
        return batchId + "-" + writer + "-" + i;
    }
}
