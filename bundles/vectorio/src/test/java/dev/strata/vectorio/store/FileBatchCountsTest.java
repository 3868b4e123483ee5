package dev.strata.vectorio.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.vectorio.FileBatch;
import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.FileCounts;
import dev.strata.api.vectorio.VectorStore;
import dev.strata.api.vectorio.VectorStoreCreate;
import dev.strata.vectorio.catalog.Catalog;
import dev.strata.vectorio.catalog.InMemoryKVStore;
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
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file batch's counts are exact whenever they are read: a cancel answers with the counts the batch ends with. */
class FileBatchCountsTest {

    @TempDir
    Path folder;

    private final FakeInference inference = new FakeInference();
    private final FakeFiles files = new FakeFiles();
    private final FakeScheduler scheduler = new FakeScheduler();
    private final ExecutorService jobs = Executors.newSingleThreadExecutor();
    private final InMemoryKVStore kv = new InMemoryKVStore();
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

    /** Files of one chunk each: one embedding each. */
    private List<String> files(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> files.add("f" + i + ".txt", "The sentence about topic" + i + " is short."))
                .toList();
    }

    private LuceneVectorIO newProvider() throws Exception {
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
                new Catalog(kv),
                inference,
                services,
                Clock.systemUTC(),
                ingestionPool,
                indexWrites);
    }
}
