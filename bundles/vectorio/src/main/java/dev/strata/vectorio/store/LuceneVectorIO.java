package dev.strata.vectorio.store;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.files.FileInfo;
import dev.strata.api.files.Files;
import dev.strata.api.files.TextExtraction;
import dev.strata.api.inference.Inference;
import dev.strata.api.inference.ModelInfo;
import dev.strata.api.scheduler.JobContext;
import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobRequest;
import dev.strata.api.scheduler.JobScheduler;
import dev.strata.api.scheduler.JobStatus;
import dev.strata.api.vectorio.ChunkingStrategy;
import dev.strata.api.vectorio.FileBatch;
import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.FileContentPage;
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
import dev.strata.api.vectorio.VectorStoreStatus;
import dev.strata.api.vectorio.VectorStoreUpdate;
import dev.strata.vectorio.catalog.BatchRecord;
import dev.strata.vectorio.catalog.Catalog;
import dev.strata.vectorio.catalog.FileRecord;
import dev.strata.vectorio.catalog.StoreRecord;
import dev.strata.vectorio.catalog.Versioned;
import dev.strata.vectorio.chunk.ChunkSize;
import dev.strata.vectorio.index.IndexQuery;
import dev.strata.vectorio.index.IndexedChunk;
import dev.strata.vectorio.index.StoreIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vector IO service of one {@code inline::lucene} provider, in plain Java: store, file and
 * batch records in the provider's KV store (see {@link Catalog}), one Lucene index per store
 * (see {@link StoreIndex}), embeddings from its inference service, and file batches run as
 * scheduler jobs (see {@link BatchRun}).
 *
 * <p>Thread-safe. Records and index are written in an order that a crash between the two can
 * only leave a file to be ingested again, never a file counted completed without its chunks:
 * a file's chunks are written before its completed record, and removed before its record.
 */
public final class LuceneVectorIO implements VectorIO, AutoCloseable {

    /** Searches closer together than this do not each move a store's {@code last_active_at}. */
    static final Duration ACTIVITY_RESOLUTION = Duration.ofMinutes(1);

    /** How many chunks' texts one page of a file's content holds: {@value}. */
    static final int CONTENT_PAGE_CHUNKS = 20;

    /**
     * How long a cancel waits for the running attempt of its batch to record the files being
     * committed and end the batch; that takes one index commit and two KV writes, so this is
     * reached only when the provider is stuck.
     */
    static final Duration CANCEL_PATIENCE = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(LuceneVectorIO.class);

    private final VectorIOSettings settings;
    private final Catalog catalog;
    private final Inference inference;
    private final OptionalServices services;
    private final Clock clock;
    private final Models models;
    private final StoreIndexes indexes;
    private final FileIngestion ingestion;
    private final ExecutorService ingestionPool;
    private final RunningBatches runs = new RunningBatches();

    /**
     * Opens the provider: removes the index folders of stores deleted before a crash.
     *
     * @param ingestionPool runs the files of batches, {@code settings.batchConcurrency()} threads
     *     or more; owned by the caller
     * @param indexWrites runs index writes, so that an interrupt never reaches Lucene; owned by
     *     the caller
     * @throws IOException if the folder cannot be made or read
     */
    public LuceneVectorIO(
            VectorIOSettings settings,
            Catalog catalog,
            Inference inference,
            OptionalServices services,
            Clock clock,
            ExecutorService ingestionPool,
            ExecutorService indexWrites)
            throws IOException {
        this.settings = settings;
        this.catalog = catalog;
        this.inference = inference;
        this.services = services;
        this.clock = clock;
        this.models = new Models(inference, settings.defaultModelOrNull());
        this.indexes = new StoreIndexes(settings.folder());
        this.ingestion = new FileIngestion(inference, services, indexes, indexWrites);
        this.ingestionPool = ingestionPool;
        indexes.removeAllBut(storeIds());
    }

    /**
     * Where a {@value VectorIO#FILE_BATCH_JOB_TYPE} job comes from, for the errors of one that
     * did not come from there.
     */
    public static final String BATCH_JOBS_MADE_BY =
            "a " + VectorIO.FILE_BATCH_JOB_TYPE + " job is made by VectorIO.createFileBatch (vs:ingest), not by hand";

    /**
     * Returns the provider a file batch job's data names.
     *
     * @param data a {@value VectorIO#FILE_BATCH_JOB_TYPE} job's data
     * @return the provider id, or {@code null} if the data names none
     */
    public static String providerOf(Map<String, Object> data) {
        return BatchJobData.providerOf(data);
    }

    /**
     * Tells the batches whose ingestion tasks a stopping pool dropped that those files were
     * not ingested, so that each batch's attempt can end.
     *
     * @param dropped what {@link ExecutorService#shutdownNow()} of the ingestion pool returned
     */
    public static void abandon(List<Runnable> dropped) {
        for (Runnable task : dropped) {
            if (task instanceof BatchRun.IngestTask ingest) {
                ingest.abandon();
            }
        }
    }

    /** The settings the provider runs with. */
    public VectorIOSettings settings() {
        return settings;
    }

    /**
     * Runs one attempt of a file batch's job.
     *
     * @param context the job, made by {@link #createFileBatch}
     * @return the batch's file counts
     * @throws InterruptedException if stopped by a shutdown; the job resumes at its next attempt
     * @throws Exception if the attempt failed and should be retried
     */
    public Map<String, Object> runFileBatch(JobContext context) throws Exception {
        return new BatchRun(
                        catalog, ingestion, indexes, models, ingestionPool, settings.batchConcurrency(), context, runs)
                .run();
    }

    /**
     * Schedules the jobs of batches whose creation a crash cut short, after the batch and its
     * file records were written but before its job was. Call once a scheduler is present.
     */
    public void scheduleUnscheduledBatches() {
        Optional<JobScheduler> scheduler = services.scheduler();
        if (scheduler.isEmpty()) {
            return;
        }
        for (StoreRecord store : allStores()) {
            for (BatchRecord batch : catalog.batches(store.id())) {
                if (batch.jobId() == null && batch.status() == FileBatchStatus.IN_PROGRESS) {
                    LOG.info(
                            "scheduling file batch {} of vector store {}, whose creation was cut short",
                            batch.batchId(),
                            store.id());
                    schedule(scheduler.get(), store, batch);
                }
            }
        }
    }

    @Override
    public VectorStore createStore(VectorStoreCreate request) {
        requireArgument("request", request);
        ModelInfo model = models.model(request.embeddingModelOrNull());
        ChunkingStrategy chunking =
                request.chunkingStrategyOrNull() == null ? ChunkingStrategy.AUTO : request.chunkingStrategyOrNull();
        chunkSize(model, chunking);
        if (!request.fileIds().isEmpty()) {
            scheduler();
            requireFiles(request.fileIds());
        }
        Instant now = clock.instant();
        StoreRecord store = new StoreRecord(
                Ids.next("vs_"),
                request.name(),
                now,
                now,
                request.metadata(),
                request.expiresAfterOrNull(),
                model.id(),
                model.dimension(),
                chunking);
        catalog.putStore(store);
        LOG.info("vector store {} ('{}') created, embedding with {}", store.id(), store.name(), model.id());
        if (!request.fileIds().isEmpty()) {
            createFileBatch(store.id(), request.fileIds(), Map.of(), null);
        }
        return view(store);
    }

    @Override
    public Optional<VectorStore> getStore(String storeId) {
        requireArgument("vector_store_id", storeId);
        return catalog.store(storeId).map(this::view);
    }

    @Override
    public Page<VectorStore> listStores(PageRequest page) {
        requireArgument("page", page);
        Page<StoreRecord> stores = catalog.stores(page);
        return new Page<>(
                stores.data().stream().map(this::view).toList(), stores.firstId(), stores.lastId(), stores.hasMore());
    }

    @Override
    public VectorStore updateStore(String storeId, VectorStoreUpdate update) {
        requireArgument("update", update);
        StoreRecord store = liveStore(storeId);
        StoreRecord updated = new StoreRecord(
                store.id(),
                update.nameOrNull() == null ? store.name() : update.nameOrNull(),
                store.createdAt(),
                clock.instant(),
                update.metadataOrNull() == null ? store.metadata() : update.metadataOrNull(),
                update.expiresAfterOrNull() == null ? store.expiresAfterOrNull() : update.expiresAfterOrNull(),
                store.embeddingModel(),
                store.dimension(),
                store.chunking());
        catalog.putStore(updated);
        return view(updated);
    }

    @Override
    public boolean deleteStore(String storeId) {
        requireArgument("vector_store_id", storeId);
        Optional<StoreRecord> store = catalog.store(storeId);
        if (store.isEmpty()) {
            return false;
        }
        List<BatchRecord> batches = catalog.batches(storeId);
        catalog.deleteStore(storeId);
        services.scheduler()
                .ifPresent(scheduler -> batches.stream()
                        .filter(batch -> batch.status() == FileBatchStatus.IN_PROGRESS && batch.jobId() != null)
                        .forEach(batch -> scheduler.cancel(batch.jobId())));
        try {
            indexes.drop(storeId);
        } catch (IOException e) {
            LOG.warn(
                    "vector store {} is deleted, but its index folder could not be removed; it is removed at the"
                            + " provider's next start",
                    storeId,
                    e);
        }
        LOG.info("vector store {} ('{}') deleted", storeId, store.get().name());
        return true;
    }

    @Override
    public VectorStoreFile attachFile(
            String storeId, String fileId, Map<String, ?> attributes, ChunkingStrategy chunkingOrNull) {
        requireArgument("file_id", fileId);
        StoreRecord store = liveStore(storeId);
        ChunkingStrategy chunking = chunkingOrNull == null ? store.chunking() : chunkingOrNull;
        ChunkSize size = models.size(store, chunking);
        requireFiles(List.of(fileId));
        requireTextExtraction();
        FileRecord start =
                inProgress(storeId, fileId, attributes == null ? Map.of() : Map.copyOf(attributes), chunking, null);
        start = withFilename(start);
        catalog.putFile(start);
        FileRecord result;
        try {
            result = ingestion.ingest(store, start, size);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = FileIngestion.failed(
                    start,
                    start.filename(),
                    dev.strata.api.vectorio.VectorStoreFileError.Code.SERVER_ERROR,
                    "ingestion was interrupted; attach the file again");
        }
        catalog.putFile(result);
        touch(store);
        return result.toVectorStoreFile();
    }

    @Override
    public Optional<VectorStoreFile> getFile(String storeId, String fileId) {
        requireArgument("file_id", fileId);
        requireStore(storeId);
        return catalog.file(storeId, fileId).map(stored -> stored.value().toVectorStoreFile());
    }

    @Override
    public Page<VectorStoreFile> listFiles(String storeId, VectorStoreFileStatus statusOrNull, PageRequest page) {
        requireArgument("page", page);
        requireStore(storeId);
        return files(catalog.files(storeId, statusOrNull, page));
    }

    @Override
    public VectorStoreFile updateFileAttributes(String storeId, String fileId, Map<String, ?> attributes) {
        requireArgument("file_id", fileId);
        requireArgument("attributes", attributes);
        StoreRecord store = liveStore(storeId);
        FileRecord file = requireFile(storeId, fileId);
        FileRecord updated = new FileRecord(
                file.storeId(),
                file.fileId(),
                file.filename(),
                file.createdAt(),
                file.status(),
                file.usageBytes(),
                file.lastErrorOrNull(),
                Map.copyOf(attributes),
                file.chunking(),
                file.chunkCount(),
                file.batchIdOrNull());
        updated.toVectorStoreFile();
        try {
            indexes.of(store).updateAttributes(fileId, updated.attributes());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot update the attributes of file " + fileId + " in vector store " + storeId + ": "
                            + e.getMessage(),
                    e);
        }
        catalog.putFile(updated);
        touch(store);
        return updated.toVectorStoreFile();
    }

    @Override
    public boolean deleteFile(String storeId, String fileId) {
        requireArgument("file_id", fileId);
        StoreRecord store = requireStore(storeId);
        if (catalog.file(storeId, fileId).isEmpty()) {
            return false;
        }
        try {
            indexes.of(store).deleteFile(fileId);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot remove the chunks of file " + fileId + " from vector store " + storeId + ": "
                            + e.getMessage(),
                    e);
        }
        return catalog.deleteFile(storeId, fileId);
    }

    @Override
    public FileContentPage fileContent(String storeId, String fileId, String pageTokenOrNull) {
        requireArgument("file_id", fileId);
        StoreRecord store = requireStore(storeId);
        requireFile(storeId, fileId);
        List<IndexedChunk> chunks;
        try {
            chunks = indexes.of(store).fileChunks(fileId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the chunks of file " + fileId + ": " + e.getMessage(), e);
        }
        int from = ContentPages.start(pageTokenOrNull, chunks.size());
        int to = Math.min(chunks.size(), from + CONTENT_PAGE_CHUNKS);
        return new FileContentPage(
                chunks.subList(from, to).stream().map(IndexedChunk::text).toList(),
                to < chunks.size() ? ContentPages.token(to) : null);
    }

    @Override
    public FileBatch createFileBatch(
            String storeId, List<String> fileIds, Map<String, ?> attributes, ChunkingStrategy chunkingOrNull) {
        JobScheduler scheduler = scheduler();
        StoreRecord store = liveStore(storeId);
        List<String> ids = BatchFileIds.check(fileIds);
        Map<String, Object> attrs = attributes == null ? Map.of() : Map.copyOf(attributes);
        ChunkingStrategy chunking = chunkingOrNull == null ? store.chunking() : chunkingOrNull;
        models.size(store, chunking);
        inProgress(storeId, ids.get(0), attrs, chunking, null).toVectorStoreFile();
        requireFiles(ids);

        BatchRecord batch = new BatchRecord(
                storeId,
                Ids.next("vsfb_"),
                clock.instant(),
                ids,
                attrs,
                chunkingOrNull,
                null,
                FileBatchStatus.IN_PROGRESS);
        catalog.putBatch(batch);
        List<FileRecord> records = new java.util.ArrayList<>(ids.size());
        for (String fileId : ids) {
            records.add(withFilename(inProgress(storeId, fileId, attrs, chunking, batch.batchId())));
        }
        catalog.putFiles(records);
        BatchRecord scheduled = schedule(scheduler, store, batch);
        touch(store);
        LOG.info(
                "file batch {} of {} files created for vector store {}, job {}",
                batch.batchId(),
                ids.size(),
                storeId,
                scheduled.jobId());
        return view(scheduled);
    }

    @Override
    public Optional<FileBatch> getFileBatch(String storeId, String batchId) {
        requireArgument("batch_id", batchId);
        requireStore(storeId);
        return catalog.batch(storeId, batchId).map(stored -> view(stored.value()));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Answers with the counts the batch ends with: if an attempt of the batch runs here, it
     * first commits and records the files it has finished, then ends the batch cancelled, and
     * only then is the batch read. Should that take longer than {@link #CANCEL_PATIENCE}, the
     * batch is returned still in progress, and ends as soon as the attempt gets there.
     */
    @Override
    public FileBatch cancelFileBatch(String storeId, String batchId) {
        requireArgument("batch_id", batchId);
        requireStore(storeId);
        BatchRecord batch = requireBatch(storeId, batchId);
        if (batch.status() != FileBatchStatus.IN_PROGRESS) {
            return view(batch);
        }
        if (batch.jobId() != null) {
            services.scheduler().ifPresent(scheduler -> scheduler.cancel(batch.jobId()));
        }
        if (runs.cancel(storeId, batchId, CANCEL_PATIENCE)) {
            // no attempt runs it here (any that starts now finds its job cancelled), or it has settled
            catalog.endBatch(storeId, batchId, FileBatchStatus.CANCELLED, FileRecord::cancelled);
            LOG.info("file batch {} of vector store {} cancelled", batchId, storeId);
        } else {
            LOG.warn(
                    "file batch {} of vector store {} is being cancelled; its running attempt has not settled its"
                            + " files within {}",
                    batchId,
                    storeId,
                    CANCEL_PATIENCE);
        }
        return view(requireBatch(storeId, batchId));
    }

    /** {@inheritDoc} Reads every batch record of the store. */
    @Override
    public Page<FileBatch> listFileBatches(String storeId, PageRequest page) {
        requireArgument("page", page);
        requireStore(storeId);
        List<FileBatch> oldestFirst = catalog.batches(storeId).stream()
                .map(this::view)
                .sorted(Comparator.comparing(FileBatch::createdAt).thenComparing(FileBatch::id))
                .toList();
        return ListPages.page(oldestFirst, page, FileBatch::id);
    }

    @Override
    public Page<VectorStoreFile> listFileBatchFiles(
            String storeId, String batchId, VectorStoreFileStatus statusOrNull, PageRequest page) {
        requireArgument("batch_id", batchId);
        requireArgument("page", page);
        requireStore(storeId);
        return files(catalog.batchFiles(requireBatch(storeId, batchId), statusOrNull, page));
    }

    @Override
    public List<SearchResult> search(String storeId, SearchRequest request) {
        requireArgument("request", request);
        StoreRecord store = liveStore(storeId);
        float[] vector = request.mode() == SearchMode.KEYWORD ? null : QueryVectors.of(inference, store, request);
        String text = request.mode() == SearchMode.VECTOR ? null : String.join(" ", request.queries());
        List<SearchResult> results;
        try {
            results = indexes.of(store)
                    .search(new IndexQuery(
                            vector,
                            text,
                            request.filter(),
                            request.mode(),
                            request.ranker(),
                            request.maxNumResults(),
                            request.scoreThreshold()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search vector store " + storeId + ": " + e.getMessage(), e);
        }
        if (store.expiresAfterOrNull() != null
                && Duration.between(store.lastActiveAt(), clock.instant()).compareTo(ACTIVITY_RESOLUTION) > 0) {
            touch(store);
        }
        return results;
    }

    /** Closes the indexes. The pools belong to the caller. */
    @Override
    public void close() throws IOException {
        indexes.close();
    }

    // --- records shared with BatchRun ---

    static FileRecord inProgress(
            String storeId,
            String fileId,
            Map<String, Object> attributes,
            ChunkingStrategy chunking,
            String batchIdOrNull) {
        return new FileRecord(
                storeId,
                fileId,
                fileId,
                Instant.now(),
                VectorStoreFileStatus.IN_PROGRESS,
                0,
                null,
                attributes,
                chunking,
                0,
                batchIdOrNull);
    }

    // --- helpers ---

    private BatchRecord schedule(JobScheduler scheduler, StoreRecord store, BatchRecord batch) {
        BatchJobData data = new BatchJobData(
                settings.providerId(),
                store.id(),
                batch.batchId(),
                batch.fileIds(),
                batch.attributes(),
                batch.chunkingOrNull());
        String jobId = scheduler.schedule(JobRequest.of(FILE_BATCH_JOB_TYPE, data.toData(), data.metadata()));
        while (true) {
            Optional<Versioned<BatchRecord>> stored = catalog.batch(store.id(), batch.batchId());
            if (stored.isEmpty() || stored.get().value().jobId() != null) {
                return stored.map(Versioned::value).orElse(batch);
            }
            BatchRecord next = stored.get().value().withJobId(jobId);
            if (catalog.compareAndSetBatch(stored.get(), next)) {
                return next;
            }
        }
    }

    private VectorStore view(StoreRecord store) {
        return store.toVectorStore(catalog.counts(store.id()), catalog.usageBytes(store.id()), clock.instant());
    }

    /** The batch as the API shows it, with the counts its record keeps: one KV read. */
    private FileBatch view(BatchRecord batch) {
        return current(batch).toFileBatch();
    }

    /**
     * Returns the batch as it is now. A batch whose job ended without running it to its end,
     * which no attempt can then tell, is ended here: failed with its remaining files if the job
     * failed for good, cancelled if the job was cancelled before it ran (job:cancel).
     */
    private BatchRecord current(BatchRecord batch) {
        if (batch.status() != FileBatchStatus.IN_PROGRESS
                || batch.jobId() == null
                || runs.isRunning(batch.storeId(), batch.batchId())) {
            return batch;
        }
        Optional<JobInfo> job = services.scheduler().flatMap(scheduler -> scheduler.get(batch.jobId()));
        if (job.isPresent() && job.get().status() == JobStatus.CANCELLED) {
            return catalog.endBatch(batch.storeId(), batch.batchId(), FileBatchStatus.CANCELLED, FileRecord::cancelled)
                    .orElse(batch);
        }
        if (job.isEmpty() || job.get().status() != JobStatus.FAILED) {
            return batch;
        }
        String reason = "the file batch's job " + batch.jobId() + " failed: "
                + (job.get().error() == null
                        ? "no reason given"
                        : job.get().error().message())
                + "; see job:info " + batch.jobId() + ", then create a new batch for the files that remain";
        Optional<BatchRecord> failed = catalog.endBatch(
                batch.storeId(),
                batch.batchId(),
                FileBatchStatus.FAILED,
                file -> file.failed(new VectorStoreFileError(VectorStoreFileError.Code.SERVER_ERROR, reason)));
        LOG.warn("file batch {} of vector store {} failed: {}", batch.batchId(), batch.storeId(), reason);
        return failed.orElse(batch);
    }

    private static Page<VectorStoreFile> files(Page<FileRecord> page) {
        return new Page<>(
                page.data().stream().map(FileRecord::toVectorStoreFile).toList(),
                page.firstId(),
                page.lastId(),
                page.hasMore());
    }

    private void touch(StoreRecord store) {
        catalog.store(store.id())
                .ifPresent(current -> catalog.putStore(new StoreRecord(
                        current.id(),
                        current.name(),
                        current.createdAt(),
                        clock.instant(),
                        current.metadata(),
                        current.expiresAfterOrNull(),
                        current.embeddingModel(),
                        current.dimension(),
                        current.chunking())));
    }

    private FileRecord withFilename(FileRecord file) {
        String filename = services.files()
                .flatMap(files -> files.get(file.fileId()))
                .map(FileInfo::filename)
                .orElse(file.filename());
        return new FileRecord(
                file.storeId(),
                file.fileId(),
                filename,
                clock.instant(),
                file.status(),
                file.usageBytes(),
                file.lastErrorOrNull(),
                file.attributes(),
                file.chunking(),
                file.chunkCount(),
                file.batchIdOrNull());
    }

    private static ChunkSize chunkSize(ModelInfo model, ChunkingStrategy chunking) {
        return dev.strata.vectorio.chunk.ChunkSizing.resolve(chunking, model);
    }

    private StoreRecord requireStore(String storeId) {
        requireArgument("vector_store_id", storeId);
        return catalog.store(storeId)
                .orElseThrow(() -> new UnknownVectorStoreException(
                        storeId,
                        "no vector store has id " + storeId
                                + "; list the stores with vs:list or GET /v1/vector_stores"));
    }

    /** A store that may still be changed and searched: one that has not expired. */
    private StoreRecord liveStore(String storeId) {
        StoreRecord store = requireStore(storeId);
        if (store.toVectorStore(dev.strata.api.vectorio.FileCounts.NONE, 0, clock.instant())
                        .status()
                == VectorStoreStatus.EXPIRED) {
            throw new IllegalArgumentException(
                    "vector store " + storeId + " expired at " + store.expiresAtOrNull() + "; create a new store");
        }
        return store;
    }

    private FileRecord requireFile(String storeId, String fileId) {
        return catalog.file(storeId, fileId)
                .map(Versioned::value)
                .orElseThrow(() -> new UnknownVectorStoreException(
                        fileId,
                        "vector store " + storeId + " has no file " + fileId + "; list its files with"
                                + " GET /v1/vector_stores/" + storeId + "/files"));
    }

    private BatchRecord requireBatch(String storeId, String batchId) {
        return catalog.batch(storeId, batchId)
                .map(Versioned::value)
                .orElseThrow(() -> new UnknownVectorStoreException(
                        batchId, "vector store " + storeId + " has no file batch " + batchId));
    }

    private JobScheduler scheduler() {
        return services.scheduler()
                .orElseThrow(() -> new IllegalStateException("no job scheduler is running, so"
                        + " file batches cannot run; add a job_scheduler provider to etc/run.yaml, or attach files one at a"
                        + " time"));
    }

    private void requireFiles(List<String> fileIds) {
        Files files = services.files()
                .orElseThrow(
                        () -> new IllegalStateException(
                                "no Files service is running, so files cannot be attached; add a files provider to etc/run.yaml"));
        for (String fileId : fileIds) {
            if (files.get(fileId).isEmpty()) {
                throw new IllegalArgumentException("file " + fileId + " is not in the Files API; upload it first"
                        + " (POST /v1/files), then attach it by the id the upload returns");
            }
        }
    }

    private void requireTextExtraction() {
        Optional<TextExtraction> extraction = services.textExtraction();
        if (extraction.isEmpty()) {
            throw new IllegalStateException("no TextExtraction service is running, so files cannot be read; install"
                    + " the strata-files feature");
        }
    }

    private List<StoreRecord> allStores() {
        List<StoreRecord> stores = new java.util.ArrayList<>();
        PageRequest page = PageRequest.ofLimit(PageRequest.MAX_LIMIT);
        while (true) {
            Page<StoreRecord> next = catalog.stores(page);
            stores.addAll(next.data());
            if (!next.hasMore()) {
                return stores;
            }
            page = page.withAfter(next.lastId());
        }
    }

    private Set<String> storeIds() {
        Set<String> ids = new HashSet<>();
        allStores().forEach(store -> ids.add(store.id()));
        return ids;
    }

    private static void requireArgument(String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is null; give a value");
        }
    }
}
