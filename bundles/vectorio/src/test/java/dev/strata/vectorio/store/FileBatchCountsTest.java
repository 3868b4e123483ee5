package dev.strata.vectorio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.kvstore.KVWrite;
import dev.strata.api.vectorio.FileBatch;
import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.FileCounts;
import dev.strata.api.vectorio.SearchMode;
import dev.strata.api.vectorio.SearchRequest;
import dev.strata.api.vectorio.VectorStore;
import dev.strata.api.vectorio.VectorStoreCreate;
import dev.strata.api.vectorio.VectorStoreFileStatus;
import dev.strata.vectorio.catalog.BatchRecord;
import dev.strata.vectorio.catalog.Catalog;
import dev.strata.vectorio.catalog.FileRecord;
import dev.strata.vectorio.catalog.InMemoryKVStore;
import dev.strata.vectorio.catalog.Versioned;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file batch's counts are exact whenever they are read: a cancel answers with the counts the
 * batch ends with, an ended batch's counts never change, and after a crash the counts equal a
 * count of the file records, before and after the batch resumes.
 */
class FileBatchCountsTest {

    @TempDir
    Path folder;

    private final FakeInference inference = new FakeInference();
    private final FakeFiles files = new FakeFiles();
    private final FakeScheduler scheduler = new FakeScheduler();
    private final ExecutorService jobs = Executors.newSingleThreadExecutor();
    private InMemoryKVStore kv = new InMemoryKVStore();
    private Catalog catalog;
    private ExecutorService ingestionPool;
    private ExecutorService indexWrites;
    private LuceneVectorIO vectorIO;

    @BeforeEach
    void open() throws Exception {
        ingestionPool = Executors.newFixedThreadPool(2);
        indexWrites = Executors.newFixedThreadPool(2);
        vectorIO = newProvider();
    }

    @AfterEach
    void close() throws Exception {
        jobs.shutdownNow();
        vectorIO.close();
        ingestionPool.shutdownNow();
        indexWrites.shutdown();
        assertThat(jobs.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ingestionPool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(indexWrites.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aCancelAnswersWithTheCountsTheBatchEndsWith() throws Exception {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        List<String> ids = files(8);
        FileBatch batch = vectorIO.createFileBatch(store.id(), ids, null, null);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch held = holdEmbeddingFrom(4, release);
        Future<Map<String, Object>> run = jobs.submit(() -> vectorIO.runFileBatch(scheduler.onlyJob()));
        // three files are ingested and wait for their commit; two are being embedded, held
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

        FileBatch answer = vectorIO.cancelFileBatch(store.id(), batch.id());
        release.countDown();
        Map<String, Object> result = run.get(60, TimeUnit.SECONDS);

        assertThat(answer.status()).isEqualTo(FileBatchStatus.CANCELLED);
        assertThat(answer.fileCounts()).isEqualTo(new FileCounts(0, 3, 0, 5, 8));
        FileBatch after = vectorIO.getFileBatch(store.id(), batch.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(FileBatchStatus.CANCELLED);
        assertThat(after.fileCounts()).isEqualTo(answer.fileCounts());
        assertThat(result).containsEntry("completed", 3L).containsEntry("cancelled", 5L);
        assertThat(vectorIO.getStore(store.id()).orElseThrow().fileCounts()).isEqualTo(answer.fileCounts());
        assertThat(vectorIO.cancelFileBatch(store.id(), batch.id()).fileCounts())
                .isEqualTo(answer.fileCounts());
    }

    @Test
    void theCountsOfACancelledBatchStayWhenItsFilesAreIngestedAgainByAnotherBatch() throws Exception {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        List<String> ids = files(4);
        FileBatch first = vectorIO.createFileBatch(store.id(), ids, null, null);
        FileBatch cancelled = vectorIO.cancelFileBatch(store.id(), first.id());
        assertThat(cancelled.fileCounts()).isEqualTo(new FileCounts(0, 0, 0, 4, 4));

        FileBatch second = vectorIO.createFileBatch(store.id(), ids, null, null);
        vectorIO.runFileBatch(scheduler.contexts.get(second.jobId()));

        assertThat(vectorIO.getFileBatch(store.id(), second.id()).orElseThrow().fileCounts())
                .isEqualTo(new FileCounts(0, 4, 0, 0, 4));
        FileBatch firstNow = vectorIO.getFileBatch(store.id(), first.id()).orElseThrow();
        assertThat(firstNow.status()).isEqualTo(FileBatchStatus.CANCELLED);
        assertThat(firstNow.fileCounts()).isEqualTo(cancelled.fileCounts());
    }

    @Test
    void aBatchEndedPastItsRunKeepsItsCountsAndItsFilesFinishedLaterLeaveNoChunks() throws Exception {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        List<String> ids = files(8);
        FileBatch batch = vectorIO.createFileBatch(store.id(), ids, null, null);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch held = holdEmbeddingFrom(4, release);
        Future<Map<String, Object>> run = jobs.submit(() -> vectorIO.runFileBatch(scheduler.onlyJob()));
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

        // ended by another writer of the catalog while the run holds finished files uncommitted
        BatchRecord ended = catalog.endBatch(store.id(), batch.id(), FileBatchStatus.CANCELLED, FileRecord::cancelled)
                .orElseThrow();
        release.countDown();
        run.get(60, TimeUnit.SECONDS);

        assertThat(ended.counts()).isEqualTo(new FileCounts(0, 0, 0, 8, 8));
        assertThat(vectorIO.getFileBatch(store.id(), batch.id()).orElseThrow().fileCounts())
                .isEqualTo(ended.counts());
        assertThat(vectorIO.search(
                        store.id(),
                        SearchRequest.of("sentence")
                                .withMode(SearchMode.KEYWORD)
                                .withMaxNumResults(50)))
                .isEmpty();
    }

    @Test
    void afterACrashTheCountsEqualACountOfTheFileRecordsAndStillDoOnceTheBatchResumes() throws Exception {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        List<String> ids = files(40); // three groups of records: 16, 16 and 8
        FileBatch batch = vectorIO.createFileBatch(store.id(), ids, null, null);
        AtomicInteger batchWrites = new AtomicInteger();
        AtomicReference<InMemoryKVStore> leftBehind = new AtomicReference<>();
        // the process dies as it writes the second group: that write, and every one after, is lost
        InMemoryKVStore dying = kv;
        dying.beforeWrite(writes -> {
            if (writes.stream().map(KVWrite::key).anyMatch(key -> key.startsWith("batch/"))
                    && batchWrites.incrementAndGet() == 2) {
                leftBehind.set(dying.copy());
                dying.failWrites(InMemoryKVStore::backendDown);
                throw InMemoryKVStore.backendDown();
            }
        });
        FakeScheduler.Context job = scheduler.onlyJob();
        assertThatThrownBy(() -> vectorIO.runFileBatch(job))
                .isInstanceOf(dev.strata.api.kvstore.KVStoreException.class);
        vectorIO.close();

        kv = leftBehind.get();
        vectorIO = newProvider();
        BatchRecord crashed =
                catalog.batch(store.id(), batch.id()).map(Versioned::value).orElseThrow();
        assertThat(crashed.counts().completed()).isBetween(1L, 39L);
        assertThat(crashed.counts()).isEqualTo(catalog.batchCounts(crashed));
        assertThat(completedRecords(store.id(), ids)).isEqualTo(crashed.counts().completed());

        vectorIO.runFileBatch(job);

        BatchRecord resumed =
                catalog.batch(store.id(), batch.id()).map(Versioned::value).orElseThrow();
        assertThat(resumed.status()).isEqualTo(FileBatchStatus.COMPLETED);
        assertThat(resumed.counts()).isEqualTo(new FileCounts(0, 40, 0, 0, 40)).isEqualTo(catalog.batchCounts(resumed));
    }

    /** Holds each embedding from the {@code from}-th text on until released; counts them down as they are held. */
    private CountDownLatch holdEmbeddingFrom(int from, CountDownLatch release) {
        CountDownLatch held = new CountDownLatch(2);
        inference.afterEmbed = count -> {
            if (count >= from) {
                held.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        return held;
    }

    private long completedRecords(String storeId, List<String> ids) {
        return ids.stream()
                .map(id -> catalog.file(storeId, id).map(Versioned::value))
                .flatMap(Optional::stream)
                .filter(file -> file.status() == VectorStoreFileStatus.COMPLETED)
                .count();
    }

    /** Files of one chunk each: one embedding each. */
    private List<String> files(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> files.add("f" + i + ".txt", "The sentence about topic" + i + " is short."))
                .toList();
    }

    private LuceneVectorIO newProvider() throws Exception {
        catalog = new Catalog(kv);
        OptionalServices services = new OptionalServices() {
            @Override
            public Optional<dev.strata.api.files.Files> files() {
                return Optional.of(files);
            }

            @Override
            public Optional<dev.strata.api.files.TextExtraction> textExtraction() {
                return Optional.of(files);
            }

            @Override
            public Optional<dev.strata.api.scheduler.JobScheduler> scheduler() {
                return Optional.of(scheduler);
            }
        };
        return new LuceneVectorIO(
                new VectorIOSettings("lucene", folder.resolve("lucene"), null, 2),
                catalog,
                inference,
                services,
                Clock.systemUTC(),
                ingestionPool,
                indexWrites);
    }
}
