package dev.strata.vectorio.store;

import dev.strata.api.scheduler.JobContext;
import dev.strata.api.scheduler.JobFailedException;
import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.FileCounts;
import dev.strata.api.vectorio.VectorStoreFileError;
import dev.strata.api.vectorio.VectorStoreFileError.Code;
import dev.strata.api.vectorio.VectorStoreFileStatus;
import dev.strata.vectorio.catalog.BatchRecord;
import dev.strata.vectorio.catalog.Catalog;
import dev.strata.vectorio.catalog.FileRecord;
import dev.strata.vectorio.catalog.StoreRecord;
import dev.strata.vectorio.catalog.Versioned;
import dev.strata.vectorio.chunk.ChunkSize;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt of a file batch's job: ingests the batch's files a few at a time on the
 * provider's ingestion threads, and records finished files in groups, once their chunks are
 * durable, each group's records with the batch's counts in one KV write; then saves a
 * checkpoint and progress.
 *
 * <p>A resumed attempt counts the batch's files again from their records ({@link
 * Catalog#repairCounts}) and skips the files the checkpoint or the records show done. Three ways
 * out besides finishing: the job is cancelled (the files finished so far are committed and
 * recorded, then the batch ends cancelled with its other files, and only then do the files in
 * flight stop; what they staged is removed, so their cancelled records and the index agree); the
 * job thread is interrupted by a shutdown or a leaving executor (files in flight stay in progress
 * for the next attempt, and the attempt throws {@link InterruptedException}); the store is
 * deleted (the attempt ends). Whatever the way out, no ingestion thread of this batch is still
 * running when {@link #run} returns.
 */
final class BatchRun {

    /** At most this many finished files wait for one index commit: {@value}. */
    static final int COMMIT_FILES = 16;

    /** A finished file waits at most this long for its commit, in nanoseconds: 5 s. */
    static final long COMMIT_NANOS = 5_000_000_000L;

    private static final Logger LOG = LoggerFactory.getLogger(BatchRun.class);

    /** Wakes the batch thread for a cancel; not a file's outcome. */
    private static final Outcome WAKE = new Outcome("", false, null, null);

    private final Catalog catalog;
    private final FileIngestion ingestion;
    private final StoreIndexes indexes;
    private final Models models;
    private final ExecutorService pool;
    private final int concurrency;
    private final JobContext context;
    private final BatchJobData job;
    private final RunningBatches runs;

    private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
    /** Set once the batch stops taking files; its ingestion threads check it between steps. */
    private volatile boolean stopping;
    /** Set by {@link #cancel}, from a thread that waits for {@link #settled}. */
    private volatile boolean cancelRequested;
    /** Opened once the batch has ended cancelled or this attempt has ended. */
    private final CountDownLatch settled = new CountDownLatch(1);

    BatchRun(
            Catalog catalog,
            FileIngestion ingestion,
            StoreIndexes indexes,
            Models models,
            ExecutorService pool,
            int concurrency,
            JobContext context,
            RunningBatches runs) {
        this.catalog = catalog;
        this.ingestion = ingestion;
        this.indexes = indexes;
        this.models = models;
        this.pool = pool;
        this.concurrency = concurrency;
        this.context = context;
        this.job = BatchJobData.from(context.data());
        this.runs = runs;
    }

    Map<String, Object> run() throws Exception {
        runs.add(job.storeId(), job.batchId(), this);
        try {
            return attempt();
        } finally {
            runs.remove(job.storeId(), job.batchId(), this);
            settled.countDown();
        }
    }

    /**
     * Asks this attempt to stop for a cancel, from another thread: it records the files
     * finished so far, ends the batch cancelled and opens {@link #awaitSettled}.
     */
    void cancel() {
        cancelRequested = true;
        outcomes.add(WAKE);
    }

    /**
     * Waits until the batch has ended cancelled or this attempt has ended.
     *
     * @return whether it did within {@code patience}
     */
    boolean awaitSettled(java.time.Duration patience) throws InterruptedException {
        return settled.await(patience.toNanos(), TimeUnit.NANOSECONDS);
    }

    private Map<String, Object> attempt() throws Exception {
        Optional<StoreRecord> store = catalog.store(job.storeId());
        if (store.isEmpty()) {
            LOG.info("file batch {} ends: its vector store {} was deleted", job.batchId(), job.storeId());
            return Map.of("outcome", "vector store deleted");
        }
        BatchRecord batch = batchRecord();
        if (batch.status() == FileBatchStatus.CANCELLED && !cancelRequested && !context.isCancelled()) {
            throw new JobFailedException("file batch " + job.batchId() + " of vector store " + job.storeId()
                    + " was cancelled before this attempt, and a cancelled batch does not resume: its "
                    + batch.counts().cancelled() + " cancelled files stay so; run vs:ingest again (it skips the"
                    + " files the store completed) or create a file batch of them");
        }
        if (batch.status() != FileBatchStatus.IN_PROGRESS || cancelling()) {
            return cancelled();
        }
        // a check after a crash or a restart, and the repair of a record from before counts were kept
        catalog.repairCounts(job.storeId(), job.batchId());
        ChunkSize size = models.size(
                store.get(), job.chunkingOrNull() == null ? store.get().chunking() : job.chunkingOrNull());
        Set<String> done = alreadyDone();
        List<String> todo =
                job.fileIds().stream().filter(id -> !done.contains(id)).toList();
        if (!done.isEmpty()) {
            LOG.info(
                    "file batch {} resumes: {} of {} files were done before",
                    job.batchId(),
                    done.size(),
                    job.fileIds().size());
        }

        try {
            ingestAll(store.get(), size, todo, done);
        } catch (InterruptedException e) {
            if (!cancelling()) {
                throw e;
            }
        }

        if (cancelling()) {
            return cancelled();
        }
        if (catalog.store(job.storeId()).isEmpty()) {
            return Map.of("outcome", "vector store deleted");
        }
        FileCounts counts = end(FileBatchStatus.COMPLETED, BatchRun::notIngested);
        LOG.info(
                "file batch {} of vector store {} completed: {} files completed, {} failed",
                job.batchId(),
                job.storeId(),
                counts.completed(),
                counts.failed());
        return summary(counts);
    }

    /**
     * Reads the batch's record, which {@link LuceneVectorIO#createFileBatch} writes before it
     * schedules the job, and marks it as this job's if a crash kept the job's id from it. Job
     * data naming a batch that does not exist, or one another job runs, was not made by the
     * provider; running it would add a batch or run one twice, so the job fails at once.
     */
    private BatchRecord batchRecord() {
        Optional<Versioned<BatchRecord>> stored = catalog.batch(job.storeId(), job.batchId());
        if (stored.isEmpty()) {
            throw new JobFailedException("vector store " + job.storeId() + " has no file batch " + job.batchId() + "; "
                    + LuceneVectorIO.BATCH_JOBS_MADE_BY);
        }
        BatchRecord batch = stored.get().value();
        if (batch.jobId() == null) {
            BatchRecord withJob = batch.withJobId(context.jobId());
            catalog.compareAndSetBatch(stored.get(), withJob);
            return withJob;
        }
        if (!batch.jobId().equals(context.jobId())) {
            throw new JobFailedException("file batch " + job.batchId() + " of vector store " + job.storeId()
                    + " is run by job " + batch.jobId() + ", not by this one; " + LuceneVectorIO.BATCH_JOBS_MADE_BY);
        }
        return batch;
    }

    private Set<String> alreadyDone() {
        Set<String> done = new HashSet<>();
        context.checkpoint().map(checkpoint -> checkpoint.get("done")).ifPresent(list -> {
            if (list instanceof List<?> ids) {
                ids.forEach(id -> done.add(String.valueOf(id)));
            }
        });
        for (FileRecord file : catalog.files(job.storeId())) {
            if (job.batchId().equals(file.batchIdOrNull()) && file.status() != VectorStoreFileStatus.IN_PROGRESS) {
                done.add(file.fileId());
            }
        }
        done.retainAll(Set.copyOf(job.fileIds()));
        return done;
    }

    private void ingestAll(StoreRecord store, ChunkSize size, List<String> todo, Set<String> done)
            throws InterruptedException {
        int submitted = 0;
        int finished = 0;
        List<Outcome> pending = new ArrayList<>();
        long oldestPending = 0;
        try {
            while (finished < todo.size()) {
                while (submitted < todo.size() && submitted - finished < concurrency && !shouldStop()) {
                    String fileId = todo.get(submitted);
                    try {
                        pool.execute(new IngestTask(store, size, fileId));
                    } catch (java.util.concurrent.RejectedExecutionException e) {
                        throw new InterruptedException("the vector IO provider is stopping");
                    }
                    submitted++;
                }
                if (submitted == finished) {
                    return;
                }
                Outcome outcome = outcomes.take();
                if (outcome == WAKE) {
                    return; // a cancel: settle() records the files finished so far and ends the batch
                }
                finished++;
                if (outcome.failure() != null) {
                    throw outcome.failure();
                }
                if (outcome.done()) {
                    if (pending.isEmpty()) {
                        oldestPending = System.nanoTime();
                    }
                    pending.add(outcome);
                }
                if (pending.size() >= COMMIT_FILES || System.nanoTime() - oldestPending > COMMIT_NANOS) {
                    record(store, pending, done);
                }
            }
        } finally {
            settle(store, submitted - finished, pending, done);
        }
    }

    /**
     * Stops ingesting. On a cancel, the files finished so far are committed and recorded and the
     * batch ends cancelled, so that the cancel answers with final counts, before the files still
     * in flight report: they are cancelled, and what they staged is removed. Otherwise (a
     * shutdown, a failure) the files in flight report first, and those done are recorded with the
     * rest. Either way no ingestion thread of this batch runs when it returns.
     */
    private void settle(StoreRecord store, int inFlight, List<Outcome> finished, Set<String> done) {
        stopping = true;
        boolean interrupted = Thread.interrupted();
        List<Outcome> late = new ArrayList<>();
        boolean ended = false;
        try {
            // in-memory flags only: on a KV failure, reading the batch would hide the failure
            if (cancelRequested || context.isCancelled()) {
                record(store, finished, done);
                end(FileBatchStatus.CANCELLED, FileRecord::cancelled);
                ended = true;
            }
        } finally {
            interrupted |= stopAndWait(inFlight, late);
        }
        if (ended) {
            discard(store, late);
        } else {
            finished.addAll(late);
            record(store, finished, done);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Makes the staged chunks of finished files durable with one index commit, then writes their
     * records with the batch's counts in one KV write, then the checkpoint: a crash before the
     * commit leaves them in progress, to be ingested again, and never a completed record without
     * its chunks. If the batch has ended meanwhile, its records stay as its end left them, and
     * what these files staged is removed.
     */
    private void record(StoreRecord store, List<Outcome> finished, Set<String> done) {
        if (finished.isEmpty()) {
            return;
        }
        long last = finished.stream()
                .map(Outcome::stagedOrNull)
                .filter(java.util.Objects::nonNull)
                .mapToLong(FileIngestion.Staged::sequence)
                .max()
                .orElse(FileIngestion.Staged.NOTHING_STAGED);
        if (last != FileIngestion.Staged.NOTHING_STAGED) {
            try {
                indexes.of(store).awaitDurable(last);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(
                        "committing the chunks of " + finished.size() + " files of file batch " + job.batchId()
                                + " failed: " + e.getMessage(),
                        e);
            }
        }
        List<FileRecord> records = finished.stream()
                .map(Outcome::stagedOrNull)
                .filter(java.util.Objects::nonNull)
                .map(FileIngestion.Staged::record)
                .toList();
        if (!catalog.recordFiles(job.storeId(), job.batchId(), records)) {
            discard(store, finished);
        }
        for (Outcome outcome : finished) {
            done.add(outcome.fileId());
        }
        finished.clear();
        context.saveCheckpoint(Map.of("done", List.copyOf(done)));
        context.progress(
                (double) done.size() / job.fileIds().size(),
                done.size() + " of " + job.fileIds().size() + " files");
    }

    /**
     * Removes the chunks that files staged after their batch ended, so that search agrees with
     * their records, which the end left cancelled or failed. A file another attach took over
     * meanwhile keeps its chunks.
     */
    private void discard(StoreRecord store, List<Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            FileIngestion.Staged staged = outcome.stagedOrNull();
            if (staged == null || staged.sequence() == FileIngestion.Staged.NOTHING_STAGED) {
                continue;
            }
            Optional<FileRecord> record =
                    catalog.file(job.storeId(), outcome.fileId()).map(Versioned::value);
            if (record.isEmpty()
                    || !job.batchId().equals(record.get().batchIdOrNull())
                    || record.get().status() == VectorStoreFileStatus.COMPLETED) {
                continue;
            }
            try {
                indexes.of(store).deleteFile(outcome.fileId());
            } catch (java.io.IOException | RuntimeException e) {
                LOG.warn(
                        "cannot remove the chunks of file {}, cancelled in file batch {}, from vector store {}",
                        outcome.fileId(),
                        job.batchId(),
                        job.storeId(),
                        e);
            }
        }
    }

    private boolean shouldStop() {
        return cancelling()
                || Thread.currentThread().isInterrupted()
                || catalog.store(job.storeId()).isEmpty();
    }

    /** Whether the batch is being cancelled: by a cancel of its job or batch, or it has ended. */
    private boolean cancelling() {
        return cancelRequested || context.isCancelled() || isCancelled();
    }

    private boolean isCancelled() {
        return catalog.batch(job.storeId(), job.batchId())
                .map(stored -> stored.value().status() == FileBatchStatus.CANCELLED)
                .orElse(true);
    }

    /**
     * Runs on an ingestion thread; always reports one outcome, whatever it throws: the batch
     * thread waits for one outcome per file it handed out.
     */
    private void ingestOne(StoreRecord store, ChunkSize size, String fileId) {
        if (stopping) {
            outcomes.add(new Outcome(fileId, false, null, null));
            return;
        }
        Outcome outcome;
        try {
            outcome = new Outcome(fileId, true, ingest(store, size, fileId), null);
        } catch (InterruptedException e) {
            outcome = new Outcome(fileId, false, null, null);
        } catch (RuntimeException e) {
            outcome = new Outcome(fileId, false, null, e);
        } catch (Error e) {
            outcomes.add(new Outcome(fileId, false, null, new IllegalStateException(e)));
            throw e;
        } finally {
            // an interrupt meant for this file must not reach the pool's next task
            Thread.interrupted();
        }
        outcomes.add(outcome);
    }

    /**
     * Ingests one file, staging its chunks; returns its ingestion, or {@code null} if it was
     * cancelled already and has nothing to write.
     */
    private FileIngestion.Staged ingest(StoreRecord store, ChunkSize size, String fileId) throws InterruptedException {
        Optional<Versioned<FileRecord>> stored = catalog.file(job.storeId(), fileId);
        if (stored.isPresent()
                && job.batchId().equals(stored.get().value().batchIdOrNull())
                && stored.get().value().status() == VectorStoreFileStatus.CANCELLED) {
            return null;
        }
        FileRecord start = stored.filter(
                        file -> job.batchId().equals(file.value().batchIdOrNull()))
                .map(Versioned::value)
                .orElseGet(() -> LuceneVectorIO.inProgress(
                        job.storeId(),
                        fileId,
                        job.attributes(),
                        job.chunkingOrNull() == null ? store.chunking() : job.chunkingOrNull(),
                        job.batchId()));
        try {
            return ingestion.ingestStaged(store, start, size, () -> stopping);
        } catch (IllegalStateException | InterruptedException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("ingesting file {} of file batch {} failed", fileId, job.batchId(), e);
            return new FileIngestion.Staged(
                    FileIngestion.failed(start, start.filename(), Code.SERVER_ERROR, String.valueOf(e)),
                    FileIngestion.Staged.NOTHING_STAGED);
        }
    }

    /**
     * Asks the ingestion threads of this batch to stop and waits until each has reported, adding the
     * files they finished to {@code finished}; returns whether this thread was interrupted
     * meanwhile, leaving its flag clear so that the finished files can still be recorded.
     */
    private boolean stopAndWait(int inFlight, List<Outcome> finished) {
        stopping = true;
        boolean interrupted = Thread.interrupted();
        int reported = 0;
        while (reported < inFlight) {
            try {
                Outcome outcome = outcomes.take();
                if (outcome == WAKE) {
                    continue;
                }
                reported++;
                if (outcome.done() && outcome.failure() == null) {
                    finished.add(outcome);
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        return interrupted;
    }

    private Map<String, Object> cancelled() {
        FileCounts counts = end(FileBatchStatus.CANCELLED, FileRecord::cancelled);
        LOG.info(
                "file batch {} of vector store {} cancelled: {} files completed, {} cancelled",
                job.batchId(),
                job.storeId(),
                counts.completed(),
                counts.cancelled());
        return summary(counts);
    }

    /**
     * Ends the batch, if it has not ended, with its final counts, and lets a waiting cancel
     * answer; returns its counts as they stand, final.
     */
    private FileCounts end(FileBatchStatus status, UnaryOperator<FileRecord> endFile) {
        try {
            return catalog.endBatch(job.storeId(), job.batchId(), status, endFile)
                    .map(BatchRecord::counts)
                    .orElse(FileCounts.NONE);
        } finally {
            settled.countDown();
        }
    }

    /** A file a completed batch never ingested: none is, unless its record was changed past the run. */
    private static FileRecord notIngested(FileRecord file) {
        return file.failed(new VectorStoreFileError(
                Code.SERVER_ERROR,
                "file batch " + file.batchIdOrNull() + " ended without ingesting file " + file.fileId()
                        + "; attach it again"));
    }

    private static Map<String, Object> summary(FileCounts counts) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("completed", counts.completed());
        result.put("failed", counts.failed());
        result.put("cancelled", counts.cancelled());
        result.put("total", counts.total());
        return result;
    }

    /** One file's ingestion, as queued on the pool; a stopping pool that drops it abandons it. */
    final class IngestTask implements Runnable {

        private final StoreRecord store;
        private final ChunkSize size;
        private final String fileId;

        IngestTask(StoreRecord store, ChunkSize size, String fileId) {
            this.store = store;
            this.size = size;
            this.fileId = fileId;
        }

        @Override
        public void run() {
            ingestOne(store, size, fileId);
        }

        /** Reports the file not ingested, without running. */
        void abandon() {
            outcomes.add(new Outcome(fileId, false, null, null));
        }
    }

    /**
     * What became of one file: done, not done (stopped or interrupted, to be ingested again), or
     * a failure of the provider's surroundings that fails the attempt.
     */
    private record Outcome(String fileId, boolean done, FileIngestion.Staged stagedOrNull, RuntimeException failure) {}
}
