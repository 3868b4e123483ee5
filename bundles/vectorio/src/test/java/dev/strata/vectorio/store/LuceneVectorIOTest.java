package dev.strata.vectorio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.scheduler.JobFailedException;
import dev.strata.api.scheduler.JobRequest;
import dev.strata.api.vectorio.ChunkingStrategy;
import dev.strata.api.vectorio.ComparisonOperator;
import dev.strata.api.vectorio.FileBatch;
import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.FileContentPage;
import dev.strata.api.vectorio.Filter;
import dev.strata.api.vectorio.SearchMode;
import dev.strata.api.vectorio.SearchRequest;
import dev.strata.api.vectorio.SearchResult;
import dev.strata.api.vectorio.UnknownVectorStoreException;
import dev.strata.api.vectorio.VectorIO;
import dev.strata.api.vectorio.VectorStore;
import dev.strata.api.vectorio.VectorStoreCreate;
import dev.strata.api.vectorio.VectorStoreFile;
import dev.strata.api.vectorio.VectorStoreFileError;
import dev.strata.api.vectorio.VectorStoreFileStatus;
import dev.strata.vectorio.catalog.Catalog;
import dev.strata.vectorio.catalog.InMemoryKVStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneVectorIOTest {

    @TempDir
    Path folder;

    /** Fails every read of a file record while {@link #failFileReads} is set, as a broken KV store does. */
    private volatile boolean failFileReads;

    private final InMemoryKVStore kv = new InMemoryKVStore() {
        @Override
        public synchronized Optional<byte[]> get(String key) {
            if (failFileReads && key.startsWith("file/")) {
                throw new dev.strata.api.kvstore.KVStoreException("KV store is unreachable (test)");
            }
            return super.get(key);
        }
    };
    private final FakeInference inference = new FakeInference();
    private final FakeFiles files = new FakeFiles();
    private final FakeScheduler scheduler = new FakeScheduler();
    private volatile boolean schedulerPresent = true;
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
        vectorIO.close();
        ingestionPool.shutdownNow();
        indexWrites.shutdown();
        assertThat(ingestionPool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(indexWrites.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
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
                return schedulerPresent ? Optional.of(scheduler) : Optional.empty();
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

    private static String text(String topic, int sentences) {
        return IntStream.range(0, sentences)
                .mapToObj(i -> "The " + topic + " sentence number " + i + " talks about " + topic + " again.")
                .collect(Collectors.joining(" "));
    }

    @Test
    void aNewStoreTakesTheInferenceProvidersModelAndAutoChunking() {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));

        assertThat(store.id()).startsWith("vs_");
        assertThat(store.embeddingModel()).isEqualTo(FakeInference.MODEL);
        assertThat(store.embeddingDimension()).isEqualTo(FakeInference.DIMENSION);
        assertThat(store.chunkingStrategy()).isEqualTo(ChunkingStrategy.AUTO);
        assertThat(store.fileCounts().total()).isZero();
        assertThat(vectorIO.getStore(store.id())).contains(store);
    }

    @Test
    void aModelTheInferenceProviderDoesNotServeIsRefusedAndNothingIsCreated() {
        VectorStoreCreate request =
                new VectorStoreCreate("docs", Map.of(), "text-embedding-3-large", null, null, List.of());

        assertThatThrownBy(() -> vectorIO.createStore(request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text-embedding-3-large")
                .hasMessageContaining(FakeInference.MODEL);
        assertThat(vectorIO.listStores(PageRequest.first()).data()).isEmpty();
    }

    @Test
    void aStaticChunkSizeBeyondTheModelsLimitIsRefused() {
        VectorStoreCreate request =
                new VectorStoreCreate("docs", Map.of(), null, null, new ChunkingStrategy.Static(800, 400), List.of());

        assertThatThrownBy(() -> vectorIO.createStore(request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("800")
                .hasMessageContaining("256");
        assertThat(vectorIO.listStores(PageRequest.first()).data()).isEmpty();
    }

    @Test
    void anAttachedFileIsChunkedIndexedCountedAndFound() {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        String apples = files.add("apples.txt", text("apple", 60));
        String trains = files.add("trains.txt", text("train", 60));

        VectorStoreFile file = vectorIO.attachFile(store.id(), apples, Map.of("kind", "fruit"), null);
        vectorIO.attachFile(store.id(), trains, Map.of("kind", "vehicle"), null);

        assertThat(file.status()).isEqualTo(VectorStoreFileStatus.COMPLETED);
        assertThat(file.chunkCount()).isGreaterThan(1);
        assertThat(file.usageBytes()).isPositive();
        VectorStore counted = vectorIO.getStore(store.id()).orElseThrow();
        assertThat(counted.fileCounts().completed()).isEqualTo(2);
        assertThat(counted.usageBytes()).isPositive();
        List<SearchResult> results = vectorIO.search(store.id(), SearchRequest.of("apple"));
        assertThat(results.get(0).filename()).isEqualTo("apples.txt");
        assertThat(results.get(0).attributes()).containsEntry("kind", "fruit");
    }

    @Test
    void attachingAFileAgainReplacesItsChunksWithoutDuplicates() {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        String apples = files.add("apples.txt", text("apple", 60));

        int first = vectorIO.attachFile(store.id(), apples, null, null).chunkCount();
        int second = vectorIO.attachFile(store.id(), apples, null, null).chunkCount();

        assertThat(second).isEqualTo(first);
        List<SearchResult> results =
                vectorIO.search(store.id(), SearchRequest.of("apple").withMaxNumResults(50));
        assertThat(results).hasSize(first);
        assertThat(results.stream().map(SearchResult::chunkId).distinct()).hasSize(first);
        assertThat(vectorIO.getStore(store.id()).orElseThrow().fileCounts().total())
                .isEqualTo(1);
    }

    @Test
    void aFileNotInTheFilesApiIsRefusedAndNothingChanges() {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));

        assertThatThrownBy(() -> vectorIO.attachFile(store.id(), "file-missing", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("file-missing");
        assertThat(vectorIO.getStore(store.id()).orElseThrow().fileCounts().total())
                .isZero();
    }

    @Test
    void filesWithoutTextOrOfAnUnsupportedTypeFailWithTheirReason() {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        String binary = files.add("image.bin", "not text");
        String blank = files.add("blank.txt", "   \n ");

        VectorStoreFile unsupported = vectorIO.attachFile(store.id(), binary, null, null);
        VectorStoreFile empty = vectorIO.attachFile(store.id(), blank, null, null);

        assertThat(unsupported.status()).isEqualTo(VectorStoreFileStatus.FAILED);
        assertThat(unsupported.lastError().code()).isEqualTo(VectorStoreFileError.Code.UNSUPPORTED_FILE);
        assertThat(empty.lastError().code()).isEqualTo(VectorStoreFileError.Code.INVALID_FILE);
        assertThat(empty.lastError().message()).contains("no text");
        assertThat(vectorIO.getStore(store.id()).orElseThrow().fileCounts().failed())
                .isEqualTo(2);
    }

    @Test
    void changedAttributesAreWhatFiltersSee() {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        String apples = files.add("apples.txt", text("apple", 10));
        vectorIO.attachFile(store.id(), apples, Map.of("year", 2023), null);
        SearchRequest recent =
                SearchRequest.of("apple").withFilter(new Filter.Comparison("year", ComparisonOperator.GTE, 2024));
        assertThat(vectorIO.search(store.id(), recent)).isEmpty();

        VectorStoreFile updated = vectorIO.updateFileAttributes(store.id(), apples, Map.of("year", 2025));

        assertThat(updated.attributes()).containsEntry("year", 2025L);
        assertThat(vectorIO.search(store.id(), recent)).isNotEmpty();
    }

    @Test
    void aDetachedFilesChunksGoWithIt() {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        String apples = files.add("apples.txt", text("apple", 10));
        vectorIO.attachFile(store.id(), apples, null, null);

        assertThat(vectorIO.deleteFile(store.id(), apples)).isTrue();

        assertThat(vectorIO.search(store.id(), SearchRequest.of("apple").withMode(SearchMode.KEYWORD)))
                .isEmpty();
        assertThat(vectorIO.getFile(store.id(), apples)).isEmpty();
        assertThat(vectorIO.deleteFile(store.id(), apples)).isFalse();
        assertThat(files.get(apples)).isPresent();
    }

    @Test
    void contentIsPagedByChunks() {
        VectorStore store = vectorIO.createStore(
                new VectorStoreCreate("docs", Map.of(), null, null, new ChunkingStrategy.Static(100, 0), List.of()));
        String apples = files.add("apples.txt", text("apple", 300));
        int chunks = vectorIO.attachFile(store.id(), apples, null, null).chunkCount();
        assertThat(chunks).isGreaterThan(LuceneVectorIO.CONTENT_PAGE_CHUNKS);

        List<String> texts = new ArrayList<>();
        FileContentPage page = vectorIO.fileContent(store.id(), apples, null);
        texts.addAll(page.texts());
        while (page.hasMore()) {
            page = vectorIO.fileContent(store.id(), apples, page.nextPageOrNull());
            texts.addAll(page.texts());
        }

        assertThat(texts).hasSize(chunks);
        assertThat(texts.get(0)).startsWith("The apple sentence number 0");
        assertThatThrownBy(() -> vectorIO.fileContent(store.id(), apples, "garbage"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("garbage");
    }

    /**
     * Where the provider keeps a text's tokens, a file's text is tokenized once: not again for
     * each chunk, neither to count its tokens nor to embed it.
     */
    @Test
    void aFilesTextIsTokenizedOnceWhenTheProviderKeepsItsTokens() {
        inference.keepsTokens = true;
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        String text = text("apple", 200);
        String apples = files.add("apples.txt", text);

        int chunks = vectorIO.attachFile(store.id(), apples, null, null).chunkCount();

        assertThat(chunks).isGreaterThan(10);
        assertThat(inference.tokenizedChars.get()).isEqualTo(text.length());
        assertThat(inference.embeddedTexts.get()).isEqualTo(chunks);
        assertThat(allContent(store.id(), apples).get(0)).startsWith("The apple sentence number 0");
    }

    /**
     * A provider of Inference API 1.0 has each chunk's text tokenized twice after the file's:
     * once to count its tokens, once inside embed; never more.
     */
    @Test
    void aProviderWithoutTokenizeTextHasEachChunkTokenizedToCountAndToEmbed() {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        String text = text("apple", 200);
        String apples = files.add("apples.txt", text);

        vectorIO.attachFile(store.id(), apples, null, null);

        long chunkChars = allContent(store.id(), apples).stream()
                .mapToLong(String::length)
                .sum();
        assertThat(inference.tokenizedChars.get()).isEqualTo(text.length() + 2 * chunkChars);
    }

    private List<String> allContent(String storeId, String fileId) {
        List<String> texts = new ArrayList<>();
        FileContentPage page = vectorIO.fileContent(storeId, fileId, null);
        texts.addAll(page.texts());
        while (page.hasMore()) {
            page = vectorIO.fileContent(storeId, fileId, page.nextPageOrNull());
            texts.addAll(page.texts());
        }
        return texts;
    }

    @Test
    void withoutASchedulerABatchIsRefusedButOneFileStillAttaches() {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        String apples = files.add("apples.txt", text("apple", 10));
        schedulerPresent = false;

        assertThatThrownBy(() -> vectorIO.createFileBatch(store.id(), List.of(apples), null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("job_scheduler");
        assertThat(vectorIO.getStore(store.id()).orElseThrow().fileCounts().total())
                .isZero();
        assertThat(vectorIO.attachFile(store.id(), apples, null, null).status())
                .isEqualTo(VectorStoreFileStatus.COMPLETED);
    }

    @Test
    void aBatchMixingGoodMissingAndUnsupportedFilesCompletesWithExactCounts() throws Exception {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        String apples = files.add("apples.txt", text("apple", 30));
        String trains = files.add("trains.txt", text("train", 30));
        String binary = files.add("image.bin", "no text");
        String deleted = files.add("gone.txt", text("gone", 5));
        FileBatch batch = vectorIO.createFileBatch(
                store.id(), List.of(apples, trains, binary, deleted), Map.of("source", "test"), null);
        files.delete(deleted);

        assertThat(batch.status()).isEqualTo(FileBatchStatus.IN_PROGRESS);
        assertThat(batch.fileCounts().inProgress()).isEqualTo(4);
        assertThat(vectorIO.getStore(store.id()).orElseThrow().fileCounts().inProgress())
                .isEqualTo(4);
        FakeScheduler.Context job = scheduler.onlyJob();
        assertThat(job.request.type()).isEqualTo("vector_store_file_batch");

        Map<String, Object> result = vectorIO.runFileBatch(job);

        FileBatch done = vectorIO.getFileBatch(store.id(), batch.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(FileBatchStatus.COMPLETED);
        assertThat(done.fileCounts().completed()).isEqualTo(2);
        assertThat(done.fileCounts().failed()).isEqualTo(2);
        assertThat(done.fileCounts().total()).isEqualTo(4);
        assertThat(result).containsEntry("completed", 2L).containsEntry("failed", 2L);
        assertThat(vectorIO.getFile(store.id(), deleted)
                        .orElseThrow()
                        .lastError()
                        .code())
                .isEqualTo(VectorStoreFileError.Code.INVALID_FILE);
        assertThat(vectorIO.getFile(store.id(), apples).orElseThrow().attributes())
                .containsEntry("source", "test");
        assertThat(job.lastProgress.get()).isEqualTo("4 of 4 files");
    }

    @Test
    void aResumedBatchSkipsTheFilesDoneBeforeItWasStopped() throws Exception {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        List<String> ids = IntStream.range(0, 6)
                .mapToObj(i -> files.add("f" + i + ".txt", text("topic" + i, 10)))
                .toList();
        FileBatch batch = vectorIO.createFileBatch(store.id(), ids, null, null);
        FakeScheduler.Context job = scheduler.onlyJob();
        Thread jobThread = Thread.currentThread();
        // a shutdown interrupts the job's thread once three files' chunks are embedded
        inference.afterEmbed = count -> {
            if (count == 3) {
                jobThread.interrupt();
            }
        };
        assertThatThrownBy(() -> vectorIO.runFileBatch(job)).isInstanceOf(InterruptedException.class);
        inference.afterEmbed = count -> {};
        int embeddedBefore = inference.embeddedTexts.get();
        long doneBefore = vectorIO.getFileBatch(store.id(), batch.id())
                .orElseThrow()
                .fileCounts()
                .completed();
        assertThat(doneBefore).isBetween(1L, 5L);
        assertThat(job.checkpoint.get().get("done")).asList().hasSize((int) doneBefore);

        vectorIO.runFileBatch(job);

        FileBatch done = vectorIO.getFileBatch(store.id(), batch.id()).orElseThrow();
        assertThat(done.fileCounts().completed()).isEqualTo(6);
        int chunksPerFile =
                vectorIO.getFile(store.id(), ids.get(0)).orElseThrow().chunkCount();
        assertThat(inference.embeddedTexts.get() - embeddedBefore).isEqualTo((6 - (int) doneBefore) * chunksPerFile);
        assertThat(vectorIO.search(
                        store.id(),
                        SearchRequest.of("topic0").withMode(SearchMode.KEYWORD).withMaxNumResults(50)))
                .hasSize(chunksPerFile);
    }

    @Test
    void cancellingABatchMarksTheFilesNotYetIngestedCancelled() throws Exception {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        List<String> ids = IntStream.range(0, 8)
                .mapToObj(i -> files.add("f" + i + ".txt", text("topic" + i, 10)))
                .toList();
        FileBatch batch = vectorIO.createFileBatch(store.id(), ids, null, null);
        FakeScheduler.Context job = scheduler.onlyJob();
        java.util.concurrent.atomic.AtomicBoolean once = new java.util.concurrent.atomic.AtomicBoolean();
        inference.afterEmbed = count -> {
            if (count >= 2 && once.compareAndSet(false, true)) {
                vectorIO.cancelFileBatch(store.id(), batch.id());
            }
        };

        vectorIO.runFileBatch(job);

        FileBatch cancelled = vectorIO.getFileBatch(store.id(), batch.id()).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(FileBatchStatus.CANCELLED);
        assertThat(cancelled.fileCounts().inProgress()).isZero();
        assertThat(cancelled.fileCounts().cancelled()).isGreaterThanOrEqualTo(4);
        assertThat(cancelled.fileCounts().completed() + cancelled.fileCounts().cancelled())
                .isEqualTo(8);
        assertThat(job.isCancelled()).isTrue();
        assertThat(vectorIO.cancelFileBatch(store.id(), batch.id()).fileCounts())
                .isEqualTo(cancelled.fileCounts());
    }

    @Test
    void aKVStoreFailureWhileIngestingFailsTheAttemptInsteadOfHangingIt() throws Exception {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        List<String> ids = IntStream.range(0, 4)
                .mapToObj(i -> files.add("f" + i + ".txt", text("topic" + i, 10)))
                .toList();
        vectorIO.createFileBatch(store.id(), ids, null, null);
        FakeScheduler.Context job = scheduler.onlyJob();
        failFileReads = true;

        assertThatThrownBy(() ->
                        assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> vectorIO.runFileBatch(job)))
                .isInstanceOf(dev.strata.api.kvstore.KVStoreException.class)
                .hasMessageContaining("unreachable");

        failFileReads = false;
        vectorIO.runFileBatch(job);
        assertThat(vectorIO.getStore(store.id()).orElseThrow().fileCounts().completed())
                .isEqualTo(4);
    }

    @Test
    void aBatchCancelledBeforeItsJobRanCancelsEveryFile() {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        String apples = files.add("apples.txt", text("apple", 10));
        FileBatch batch = vectorIO.createFileBatch(store.id(), List.of(apples), null, null);

        FileBatch cancelled = vectorIO.cancelFileBatch(store.id(), batch.id());

        assertThat(cancelled.status()).isEqualTo(FileBatchStatus.CANCELLED);
        assertThat(cancelled.fileCounts().cancelled()).isEqualTo(1);
        assertThat(scheduler.onlyJob().isCancelled()).isTrue();
    }

    @Test
    void theJobOfACancelledBatchRetriedFailsSayingTheBatchDoesNotResume() {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        String apples = files.add("apples.txt", text("apple", 10));
        FileBatch batch = vectorIO.createFileBatch(store.id(), List.of(apples), null, null);
        vectorIO.cancelFileBatch(store.id(), batch.id());
        FakeScheduler.Context retried = scheduler.onlyJob();
        retried.cancelled.set(false); // as job:retry leaves it

        assertThatThrownBy(() -> vectorIO.runFileBatch(retried))
                .isInstanceOf(JobFailedException.class)
                .hasMessageContaining("was cancelled before this attempt, and a cancelled batch does not resume")
                .hasMessageContaining("1 cancelled files");
        assertThat(vectorIO.getFileBatch(store.id(), batch.id()).orElseThrow().status())
                .isEqualTo(FileBatchStatus.CANCELLED);
    }

    @Test
    void aBatchJobWithDataNotMadeByAProviderFailsWithoutRetries() {
        FakeScheduler.Context byHand = new FakeScheduler.Context(
                "job-1", JobRequest.of(VectorIO.FILE_BATCH_JOB_TYPE, Map.of("a", 1), Map.of()));

        assertThatThrownBy(() -> vectorIO.runFileBatch(byHand))
                .isInstanceOf(JobFailedException.class)
                .hasMessageContaining("file_ids = null")
                .hasMessageContaining("made by VectorIO.createFileBatch (vs:ingest), not by hand");
    }

    @Test
    void aBatchJobNamingABatchTheStoreDoesNotHaveFailsAndAddsNothing() {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        Map<String, Object> data = Map.of(
                "provider_id",
                "lucene",
                "vector_store_id",
                store.id(),
                "batch_id",
                "vsfb_x",
                "file_ids",
                List.of("file-x"));
        FakeScheduler.Context byHand =
                new FakeScheduler.Context("job-1", JobRequest.of(VectorIO.FILE_BATCH_JOB_TYPE, data, Map.of()));

        assertThatThrownBy(() -> vectorIO.runFileBatch(byHand))
                .isInstanceOf(JobFailedException.class)
                .hasMessageStartingWith("vector store " + store.id() + " has no file batch vsfb_x");
        assertThat(vectorIO.getFileBatch(store.id(), "vsfb_x")).isEmpty();
        assertThat(vectorIO.getStore(store.id()).orElseThrow().fileCounts().total())
                .isZero();
    }

    @Test
    void aSecondJobForABatchFailsWithoutRunningIt() throws Exception {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        FileBatch batch =
                vectorIO.createFileBatch(store.id(), List.of(files.add("a.txt", text("apple", 5))), null, null);
        vectorIO.runFileBatch(scheduler.onlyJob());
        FakeScheduler.Context again = new FakeScheduler.Context("job-2", scheduler.onlyJob().request);

        assertThatThrownBy(() -> vectorIO.runFileBatch(again))
                .isInstanceOf(JobFailedException.class)
                .hasMessageContaining("is run by job " + batch.jobId() + ", not by this one");
    }

    @Test
    void aBatchWhoseJobFailedForGoodEndsFailedWithItsRemainingFiles() {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        String apples = files.add("apples.txt", text("apple", 10));
        FileBatch batch = vectorIO.createFileBatch(store.id(), List.of(apples), null, null);
        scheduler.onlyJob().failedWith.set("no Files service is running");

        FileBatch failed = vectorIO.getFileBatch(store.id(), batch.id()).orElseThrow();

        assertThat(failed.status()).isEqualTo(FileBatchStatus.FAILED);
        assertThat(failed.fileCounts().failed()).isEqualTo(1);
        assertThat(vectorIO.getStore(store.id()).orElseThrow().fileCounts().inProgress())
                .isZero();
        assertThat(vectorIO.getFile(store.id(), apples)
                        .orElseThrow()
                        .lastError()
                        .message())
                .contains("no Files service is running")
                .contains("job:info");
    }

    @Test
    void aStoresBatchesAreListedAPageAtATime() {
        VectorStore docs = vectorIO.createStore(VectorStoreCreate.named("docs"));
        VectorStore other = vectorIO.createStore(VectorStoreCreate.named("other"));
        List<String> ids = IntStream.range(0, 3)
                .mapToObj(i -> vectorIO.createFileBatch(
                                docs.id(), List.of(files.add("f" + i + ".txt", text("topic", 5))), null, null)
                        .id())
                .toList();
        vectorIO.createFileBatch(other.id(), List.of(files.add("g.txt", text("topic", 5))), null, null);

        Page<FileBatch> first = vectorIO.listFileBatches(docs.id(), PageRequest.ofLimit(2));
        Page<FileBatch> rest =
                vectorIO.listFileBatches(docs.id(), PageRequest.ofLimit(2).withAfter(first.lastId()));

        assertThat(first.data()).hasSize(2);
        assertThat(first.hasMore()).isTrue();
        assertThat(rest.hasMore()).isFalse();
        assertThat(java.util.stream.Stream.concat(first.data().stream(), rest.data().stream())
                        .map(FileBatch::id))
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThatThrownBy(() -> vectorIO.listFileBatches("vs_nope", PageRequest.ofLimit(2)))
                .isInstanceOf(UnknownVectorStoreException.class);
    }

    @Test
    void twoBatchesOnOneStoreRunAtOnce() throws Exception {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        List<String> first = IntStream.range(0, 5)
                .mapToObj(i -> files.add("a" + i + ".txt", text("alpha" + i, 10)))
                .toList();
        List<String> second = IntStream.range(0, 5)
                .mapToObj(i -> files.add("b" + i + ".txt", text("beta" + i, 10)))
                .toList();
        vectorIO.createFileBatch(store.id(), first, null, null);
        vectorIO.createFileBatch(store.id(), second, null, null);
        ExecutorService jobs = Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Map<String, Object>>> runs = new ArrayList<>();
            for (FakeScheduler.Context job : scheduler.contexts.values()) {
                runs.add(jobs.submit(() -> vectorIO.runFileBatch(job)));
            }
            for (var run : runs) {
                assertThat(run.get(60, TimeUnit.SECONDS)).containsEntry("completed", 5L);
            }
        } finally {
            jobs.shutdownNow();
        }

        assertThat(vectorIO.getStore(store.id()).orElseThrow().fileCounts().completed())
                .isEqualTo(10);
    }

    @Test
    void aDeletedStoresIndexFolderGoesAndItsIdNamesNothing() throws Exception {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        vectorIO.attachFile(store.id(), files.add("apples.txt", text("apple", 10)), null, null);
        assertThat(folder.resolve("lucene").resolve(store.id())).isDirectory();

        assertThat(vectorIO.deleteStore(store.id())).isTrue();

        assertThat(Files.exists(folder.resolve("lucene").resolve(store.id()))).isFalse();
        assertThat(vectorIO.getStore(store.id())).isEmpty();
        assertThatThrownBy(() -> vectorIO.search(store.id(), SearchRequest.of("apple")))
                .isInstanceOf(UnknownVectorStoreException.class)
                .hasMessageContaining(store.id());
        assertThat(vectorIO.deleteStore(store.id())).isFalse();
    }

    @Test
    void storesAndTheirChunksSurviveReopening() throws Exception {
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("docs"));
        vectorIO.attachFile(store.id(), files.add("apples.txt", text("apple", 10)), null, null);
        vectorIO.close();

        vectorIO = newProvider();

        assertThat(vectorIO.search(store.id(), SearchRequest.of("apple"))).isNotEmpty();
        assertThat(vectorIO.getStore(store.id()).orElseThrow().fileCounts().completed())
                .isEqualTo(1);
    }
}
