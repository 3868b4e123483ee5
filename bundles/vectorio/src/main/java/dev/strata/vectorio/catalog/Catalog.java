package dev.strata.vectorio.catalog;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.kvstore.KVStore;
import dev.strata.api.kvstore.KVWrite;
import dev.strata.api.vectorio.ChunkingStrategy;
import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.FileCounts;
import dev.strata.api.vectorio.VectorStoreFileStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records of a vector store provider in its KV store (already a namespace of its own):
 * stores, the files attached to them, and file batches, as JSON, in the key layout of {@link
 * CatalogKeys}:
 *
 * <pre>
 * store/&lt;store&gt;                          a store's record
 * store-asc/&lt;created&gt;/&lt;hex id&gt;         the stores oldest first
 * store-desc/&lt;inverted&gt;/&lt;inverted&gt;~     the stores newest first
 * file/&lt;store&gt;/&lt;file&gt;                   a file's record
 * file-asc/&lt;store&gt;/..., file-desc/...   a store's files by attach time, both ways
 * batch/&lt;store&gt;/&lt;batch&gt;                 a file batch's record
 * </pre>
 *
 * <p>A record is written together with its listing entries in one atomic batch. A store's file
 * counts and usage are not stored: they are counted from the file records, exactly, reading them
 * a page at a time however many there are. A batch's counts are stored in its record, so that
 * reading a batch reads one record: every write that changes the status a batch in progress
 * reports for one of its files changes its counts in the same atomic KV write (see {@link
 * CountChanges}), so they always equal {@link #batchCounts a count of its file records}. When a
 * batch ends ({@link #endBatch}) its counts are final and no later write changes them. A record
 * that cannot be read is reported with its key (an {@link IllegalStateException}), never passed
 * over.
 *
 * <p>Thread-safe. The writes of one store take turns ({@link StoreLocks}), since a batch's
 * counts are read and written back; so one process must hold one catalog per KV namespace, and
 * a store is written by one process. Plain puts replace what is there; the compare-and-set
 * methods change a record only if it still holds the bytes it was read from, for callers that
 * update one record from several threads.
 */
public final class Catalog {

    private static final Logger LOG = LoggerFactory.getLogger(Catalog.class);

    private final KVStore kv;
    private final RecordCodec codec = new RecordCodec();
    private final StoreLocks locks = new StoreLocks();
    private final PrefixReader reader;
    private final TimeOrder<StoreRecord> storeOrder;

    /**
     * Creates a catalog over a KV store.
     *
     * @param kv the provider's KV store, not {@code null}
     * @throws IllegalArgumentException if {@code kv} is {@code null}
     */
    public Catalog(KVStore kv) {
        this.kv = Require.nonNull("KV store", kv);
        this.reader = new PrefixReader(kv);
        this.storeOrder = new TimeOrder<>(kv, null, this::store, StoreRecord::id, StoreRecord::createdAt);
    }

    /**
     * Creates or replaces a store's record; durable when it returns.
     *
     * @param store the record, not {@code null}
     * @throws IllegalArgumentException if {@code store} is {@code null}
     * @throws IllegalStateException if the record it replaces cannot be read
     */
    public void putStore(StoreRecord store) {
        Require.nonNull("store", store);
        List<String> old = store(store.id()).map(storeOrder::positions).orElse(List.of());
        kv.write(replacing(old, CatalogKeys.store(store.id()), codec.write(store), storeOrder.positions(store)));
    }

    /**
     * Reads a store's record.
     *
     * @param storeId the store's id, not {@code null}
     * @return the record, or empty if there is none
     * @throws IllegalStateException if the record cannot be read; the message names its key
     */
    public Optional<StoreRecord> store(String storeId) {
        String key = CatalogKeys.store(Require.text("store id", storeId));
        return kv.get(key).map(bytes -> codec.readStore(key, bytes));
    }

    /**
     * Lists stores by creation time, as OpenAI pages them: in {@code page.order()}, with {@code
     * after} and {@code before} naming stores by id.
     *
     * @param page which page, not {@code null}
     * @return the page, never {@code null}
     * @throws IllegalStateException if a record cannot be read
     */
    public Page<StoreRecord> stores(PageRequest page) {
        return storeOrder.page(Require.nonNull("page", page), store -> true);
    }

    /**
     * Deletes a store with all its file and batch records, in one KV write. Files attached
     * while this runs may outlive it; stop ingesting first. A store record that cannot be read
     * is deleted too, though its listing entries then stay behind (the listing passes over
     * them).
     *
     * @param storeId the store's id, not {@code null}
     */
    public void deleteStore(String storeId) {
        Require.text("store id", storeId);
        locks.with(storeId, () -> {
            deleteStoreRecords(storeId);
            return null;
        });
    }

    private void deleteStoreRecords(String storeId) {
        List<KVWrite> writes = new ArrayList<>();
        String key = CatalogKeys.store(storeId);
        Optional<byte[]> bytes = kv.get(key);
        if (bytes.isPresent()) {
            writes.add(KVWrite.delete(key));
            readable(key, () -> codec.readStore(key, bytes.get()))
                    .ifPresent(store -> deletes(writes, storeOrder.positions(store)));
        }

        deletes(writes, reader.keys(CatalogKeys.filesOf(storeId)));
        deletes(writes, reader.keys(CatalogKeys.order(storeId, true)));
        deletes(writes, reader.keys(CatalogKeys.order(storeId, false)));
        deletes(writes, reader.keys(CatalogKeys.batchesOf(storeId)));
        kv.write(writes);
    }

    /**
     * Creates or replaces a file's record, with the counts of the batches in progress whose
     * files it changes; durable when it returns.
     *
     * @param file the record, not {@code null}
     * @throws IllegalArgumentException if {@code file} is {@code null}
     * @throws IllegalStateException if the record it replaces cannot be read
     */
    public void putFile(FileRecord file) {
        putFiles(List.of(Require.nonNull("file", file)));
    }

    /**
     * Creates or replaces the records of files of one store, as {@link #putFile} does for each,
     * a few hundred files to a KV write; durable when it returns.
     *
     * @param files the records, not {@code null}, all of one store, each file once
     * @throws IllegalArgumentException if {@code files} or one of them is {@code null}, they
     *     are of several stores, or a file is given twice
     * @throws IllegalStateException if a record it replaces cannot be read
     */
    public void putFiles(List<FileRecord> files) {
        Require.nonNull("files", files);
        if (files.isEmpty()) {
            return;
        }
        String storeId = oneStore(files);
        for (int from = 0; from < files.size(); from += PrefixReader.PAGE) {
            List<FileRecord> group = files.subList(from, Math.min(files.size(), from + PrefixReader.PAGE));
            locks.with(storeId, () -> {
                List<FileChange> changes = new ArrayList<>(group.size());
                for (FileRecord file : group) {
                    changes.add(new FileChange(
                            file.fileId(),
                            file(storeId, file.fileId()).map(Versioned::value).orElse(null),
                            file));
                }
                writeFiles(storeId, changes);
                return null;
            });
        }
    }

    /** The store of files given to {@link #putFiles}, after checking they have one, each file once. */
    private static String oneStore(List<FileRecord> files) {
        String storeId = Require.nonNull("file 0", files.get(0)).storeId();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            FileRecord file = Require.nonNull("file " + i, files.get(i));
            if (!file.storeId().equals(storeId) || !seen.add(file.fileId())) {
                throw new IllegalArgumentException("file " + i + " ('" + file.fileId() + "' of store '"
                        + file.storeId() + "') is given twice or belongs to another store than '" + storeId
                        + "'; put the files of one store, each once");
            }
        }
        return storeId;
    }

    /**
     * Reads a file's record with the bytes it was read from, for {@link #compareAndSetFile}.
     *
     * @param storeId the store's id, not {@code null}
     * @param fileId the file's id, not {@code null}
     * @return the record, or empty if the store has no such file
     * @throws IllegalStateException if the record cannot be read; the message names its key
     */
    public Optional<Versioned<FileRecord>> file(String storeId, String fileId) {
        String key = CatalogKeys.file(Require.text("store id", storeId), Require.text("file id", fileId));
        return kv.get(key).map(bytes -> new Versioned<>(codec.readFile(key, bytes), bytes));
    }

    /**
     * Replaces a file's record if it still holds the bytes it was read from, with the counts of
     * the batches in progress whose files it changes. The new record keeps the file's place in
     * the listing, so it must have the same store, file and creation time; to attach a file
     * again at another time, use {@link #putFile}.
     *
     * @param expected the record as read, not {@code null}
     * @param next the new record, not {@code null}
     * @return {@code true} if it was replaced; {@code false} if the record was changed or
     *     deleted since it was read, in which case nothing changes
     * @throws IllegalArgumentException if an argument is {@code null}, or {@code next} is
     *     another file or has another creation time
     */
    public boolean compareAndSetFile(Versioned<FileRecord> expected, FileRecord next) {
        Require.nonNull("expected file", expected);
        Require.nonNull("next file", next);
        FileRecord old = expected.value();
        if (!old.storeId().equals(next.storeId())
                || !old.fileId().equals(next.fileId())
                || !old.createdAt().equals(next.createdAt())) {
            throw new IllegalArgumentException("cannot replace file '" + old.fileId() + "' of store '" + old.storeId()
                    + "' created at " + old.createdAt() + " with file '" + next.fileId() + "' of store '"
                    + next.storeId() + "' created at " + next.createdAt()
                    + "; keep the ids and created_at, or use putFile to attach the file again");
        }
        String key = CatalogKeys.file(old.storeId(), old.fileId());
        return locks.with(old.storeId(), () -> {
            Optional<byte[]> current = kv.get(key);
            if (current.isEmpty() || !Arrays.equals(current.get(), expected.stored())) {
                return false;
            }
            writeFiles(old.storeId(), List.of(new FileChange(old.fileId(), old, next)));
            return true;
        });
    }

    /**
     * Deletes a file's record and listing entries in one KV write, with the counts of a batch in
     * progress that then waits for the file. A record that cannot be read is deleted too, though
     * its listing entries then stay behind (the listing passes over them).
     *
     * @param storeId the store's id, not {@code null}
     * @param fileId the file's id, not {@code null}
     * @return {@code true} if there was a record; {@code false} if the store had no such file
     */
    public boolean deleteFile(String storeId, String fileId) {
        String key = CatalogKeys.file(Require.text("store id", storeId), Require.text("file id", fileId));
        return locks.with(storeId, () -> {
            Optional<byte[]> bytes = kv.get(key);
            if (bytes.isEmpty()) {
                return false;
            }
            Optional<FileRecord> old = readable(key, () -> codec.readFile(key, bytes.get()));
            if (old.isPresent()) {
                writeFiles(storeId, List.of(new FileChange(fileId, old.get(), null)));
            } else {
                kv.write(List.of(KVWrite.delete(key)));
            }
            return true;
        });
    }

    /**
     * Reads every file record of a store, a page of the KV store at a time.
     *
     * @param storeId the store's id, not {@code null}
     * @return the records in key order, never {@code null}
     * @throws IllegalStateException if a record cannot be read; the message names its key
     */
    public List<FileRecord> files(String storeId) {
        List<FileRecord> files = new ArrayList<>();
        reader.forEach(
                CatalogKeys.filesOf(Require.text("store id", storeId)),
                entry -> files.add(codec.readFile(entry.key(), entry.value())));
        return files;
    }

    /**
     * Lists a store's files by the time they were attached, as OpenAI pages them.
     *
     * @param storeId the store's id, not {@code null}
     * @param statusOrNull only files with this status; {@code null} for all
     * @param page which page, not {@code null}; its cursors are file ids
     * @return the page, never {@code null}
     * @throws IllegalStateException if a record cannot be read
     */
    public Page<FileRecord> files(String storeId, VectorStoreFileStatus statusOrNull, PageRequest page) {
        Require.text("store id", storeId);
        Require.nonNull("page", page);
        return fileOrder(storeId).page(page, file -> statusOrNull == null || file.status() == statusOrNull);
    }

    /**
     * Lists the files of a batch as the batch reports them: a file whose record names the batch
     * as that record, any other as waiting ({@code in_progress}, or {@code cancelled} once the
     * batch is), made from the batch. In the batch's order for {@code asc}, the reverse for
     * {@code desc}; cursors are file ids of the batch.
     *
     * @param batch the batch, not {@code null}
     * @param statusOrNull only files with this status as the batch reports it; {@code null} for
     *     all
     * @param page which page, not {@code null}
     * @return the page, never {@code null}
     * @throws IllegalStateException if a record cannot be read
     */
    public Page<FileRecord> batchFiles(BatchRecord batch, VectorStoreFileStatus statusOrNull, PageRequest page) {
        Require.nonNull("page", page);
        return batchView(Require.nonNull("batch", batch)).page(statusOrNull, page);
    }

    /**
     * Counts a store's files by status, exactly, from their records.
     *
     * @param storeId the store's id, not {@code null}
     * @return the counts, never {@code null}; {@link FileCounts#NONE} for a store without files
     * @throws IllegalStateException if a record cannot be read
     */
    public FileCounts counts(String storeId) {
        StatusTally tally = new StatusTally();
        reader.forEach(
                CatalogKeys.filesOf(Require.text("store id", storeId)),
                entry -> tally.add(codec.readFile(entry.key(), entry.value()).status()));
        return tally.counts();
    }

    /**
     * Adds up the bytes a store's files take, from their records.
     *
     * @param storeId the store's id, not {@code null}
     * @return the sum, 0 or more
     * @throws IllegalStateException if a record cannot be read
     */
    public long usageBytes(String storeId) {
        AtomicLong sum = new AtomicLong();
        reader.forEach(
                CatalogKeys.filesOf(Require.text("store id", storeId)),
                entry ->
                        sum.addAndGet(codec.readFile(entry.key(), entry.value()).usageBytes()));
        return sum.get();
    }

    /**
     * Creates or replaces a batch's record, counts as given: those of a new batch, every file in
     * progress, unless its files already have records that name it, which {@link #repairCounts}
     * then counts; durable when it returns.
     *
     * @param batch the record, not {@code null}
     */
    public void putBatch(BatchRecord batch) {
        Require.nonNull("batch", batch);
        locks.with(batch.storeId(), () -> {
            kv.set(CatalogKeys.batch(batch.storeId(), batch.batchId()), codec.write(batch));
            return null;
        });
    }

    /**
     * Reads a batch's record with the bytes it was read from, for {@link #compareAndSetBatch}.
     *
     * @param storeId the store's id, not {@code null}
     * @param batchId the batch's id, not {@code null}
     * @return the record, or empty if the store has no such batch
     * @throws IllegalStateException if the record cannot be read; the message names its key
     */
    public Optional<Versioned<BatchRecord>> batch(String storeId, String batchId) {
        String key = CatalogKeys.batch(Require.text("store id", storeId), Require.text("batch id", batchId));
        return kv.get(key).map(bytes -> new Versioned<>(codec.readBatch(key, bytes, this::counted), bytes));
    }

    /**
     * Replaces a batch's record if it still holds the bytes it was read from. The counts are the
     * catalog's to keep, so {@code next} has those of {@code expected}. A status set this way
     * leaves the files as they are; {@link #endBatch} ends a batch with its files and final
     * counts.
     *
     * @param expected the record as read, not {@code null}
     * @param next the new record, not {@code null}, of the same store and batch, with the same
     *     counts
     * @return {@code true} if it was replaced; {@code false} if it was changed or deleted since
     *     it was read, in which case nothing changes
     * @throws IllegalArgumentException if an argument is {@code null}, {@code next} is another
     *     batch or has other counts
     */
    public boolean compareAndSetBatch(Versioned<BatchRecord> expected, BatchRecord next) {
        Require.nonNull("expected batch", expected);
        Require.nonNull("next batch", next);
        BatchRecord old = expected.value();
        if (!old.storeId().equals(next.storeId()) || !old.batchId().equals(next.batchId())) {
            throw new IllegalArgumentException("cannot replace batch '" + old.batchId() + "' of store '"
                    + old.storeId() + "' with batch '" + next.batchId() + "' of store '" + next.storeId()
                    + "'; keep the ids, or use putBatch for another batch");
        }
        if (!old.counts().equals(next.counts())) {
            throw new IllegalArgumentException("cannot replace the counts of batch '" + old.batchId() + "' ("
                    + old.counts() + ") with " + next.counts()
                    + "; the catalog keeps them, so give the counts as read");
        }
        return locks.with(
                old.storeId(),
                () -> kv.compareAndSet(
                        CatalogKeys.batch(old.storeId(), old.batchId()), expected.stored(), codec.write(next)));
    }

    /**
     * Reads every batch record of a store, a page of the KV store at a time.
     *
     * @param storeId the store's id, not {@code null}
     * @return the records in key order (by batch id), never {@code null}
     * @throws IllegalStateException if a record cannot be read; the message names its key
     */
    public List<BatchRecord> batches(String storeId) {
        List<BatchRecord> batches = new ArrayList<>();
        reader.forEach(
                CatalogKeys.batchesOf(Require.text("store id", storeId)),
                entry -> batches.add(codec.readBatch(entry.key(), entry.value(), this::counted)));
        return batches;
    }

    /**
     * Counts a batch's files from their records, by the status the batch reports for each: the
     * file record's status if the record names this batch; otherwise {@code in_progress}, or
     * {@code cancelled} if the batch is cancelled. The total is the number of the batch's files.
     * The counts a batch in progress keeps ({@link BatchRecord#counts()}) always equal these;
     * this count is the check, and the repair ({@link #repairCounts}), reading the store's file
     * records a page at a time.
     *
     * @param batch the batch, not {@code null}
     * @return the counts, never {@code null}
     * @throws IllegalStateException if a record cannot be read
     */
    public FileCounts batchCounts(BatchRecord batch) {
        Require.nonNull("batch", batch);
        Function<String, Optional<FileRecord>> oneByOne =
                fileId -> file(batch.storeId(), fileId).map(Versioned::value);
        return new BatchView(batch, BatchFileReads.of(kv, codec, batch, oneByOne), new StoreChunking(batch.storeId()))
                .counts();
    }

    /**
     * Records what became of files of a batch in progress: their records and the batch's counts
     * in one KV write, so that a crash leaves both or neither. A batch that has ended changes no
     * more, so for one that has, nothing is written.
     *
     * @param storeId the store's id, not {@code null}
     * @param batchId the batch's id, not {@code null}
     * @param files records of files of the batch, naming it, each file once; not {@code null},
     *     may be empty
     * @return {@code true} if they were written; {@code false} if the batch is gone or has
     *     ended, in which case nothing changes
     * @throws IllegalArgumentException if a record is of another store or batch, or of a file
     *     the batch does not list or lists once but is given twice; nothing changes
     * @throws IllegalStateException if a record it replaces cannot be read
     */
    public boolean recordFiles(String storeId, String batchId, List<FileRecord> files) {
        Require.text("store id", storeId);
        Require.text("batch id", batchId);
        Require.nonNull("files", files);
        return locks.with(storeId, () -> {
            Optional<BatchRecord> batch = batch(storeId, batchId).map(Versioned::value);
            if (batch.isEmpty() || batch.get().status() != FileBatchStatus.IN_PROGRESS) {
                return false;
            }
            Set<String> unrecorded = new HashSet<>(batch.get().fileIds());
            List<FileChange> changes = new ArrayList<>(files.size());
            for (FileRecord file : files) {
                if (!file.storeId().equals(storeId)
                        || !batchId.equals(file.batchIdOrNull())
                        || !unrecorded.remove(file.fileId())) {
                    throw new IllegalArgumentException("file '" + file.fileId() + "' of store '" + file.storeId()
                            + "' and batch '" + file.batchIdOrNull() + "' is not a file of batch '" + batchId
                            + "' of store '" + storeId + "', or is given twice; record each file of the batch once");
                }
                changes.add(new FileChange(
                        file.fileId(),
                        file(storeId, file.fileId()).map(Versioned::value).orElse(null),
                        file));
            }
            writeFiles(storeId, changes);
            return true;
        });
    }

    /**
     * Ends a batch in progress: its files still in progress end as {@code endFile} makes them,
     * and the batch takes {@code status} and its final counts, in one KV write. From then on its
     * counts never change. A batch already ended is left as it is.
     *
     * @param storeId the store's id, not {@code null}
     * @param batchId the batch's id, not {@code null}
     * @param status how it ends: completed, cancelled or failed
     * @param endFile ends the record of one of its files in progress, keeping its ids, batch and
     *     creation time, for example {@link FileRecord#cancelled()}
     * @return the batch as it is now, ended; empty if the store has no such batch
     * @throws IllegalArgumentException if {@code status} is in progress or null, or {@code
     *     endFile} returns a record of another file or batch, or one still in progress; nothing
     *     changes
     * @throws IllegalStateException if a record cannot be read
     */
    public Optional<BatchRecord> endBatch(
            String storeId, String batchId, FileBatchStatus status, UnaryOperator<FileRecord> endFile) {
        Require.text("store id", storeId);
        Require.text("batch id", batchId);
        if (status == null || status == FileBatchStatus.IN_PROGRESS) {
            throw new IllegalArgumentException(
                    "a batch cannot end as " + status + "; end it completed, cancelled or failed");
        }
        Require.nonNull("endFile", endFile);
        return locks.with(storeId, () -> {
            Optional<BatchRecord> stored = batch(storeId, batchId).map(Versioned::value);
            if (stored.isEmpty() || stored.get().status() != FileBatchStatus.IN_PROGRESS) {
                return stored;
            }
            BatchRecord batch = stored.get();
            Function<String, Optional<FileRecord>> records = BatchFileReads.of(
                    kv, codec, batch, fileId -> file(storeId, fileId).map(Versioned::value));
            List<KVWrite> writes = new ArrayList<>();
            StatusTally tally = new StatusTally();
            for (String fileId : batch.fileIds()) {
                FileRecord file = records.apply(fileId).orElse(null);
                if (file != null
                        && batchId.equals(file.batchIdOrNull())
                        && file.status() == VectorStoreFileStatus.IN_PROGRESS) {
                    file = ended(file, endFile.apply(file));
                    writes.add(KVWrite.put(CatalogKeys.file(storeId, fileId), codec.write(file)));
                }
                tally.add(BatchView.status(batchId, status, file));
            }
            BatchRecord ended = batch.withStatus(status).withCounts(tally.counts());
            writes.add(KVWrite.put(CatalogKeys.batch(storeId, batchId), codec.write(ended)));
            kv.write(writes);
            return Optional.of(ended);
        });
    }

    /**
     * Counts a batch in progress again from its file records ({@link #batchCounts}) and keeps
     * those counts, if its record holds others or none (a record written before batches kept
     * their counts). They agree unless the records were written past this catalog, by another
     * process; a disagreement is logged. A batch that has ended keeps its final counts.
     *
     * @param storeId the store's id, not {@code null}
     * @param batchId the batch's id, not {@code null}
     * @return the batch as it is now; empty if the store has no such batch
     * @throws IllegalStateException if a record cannot be read
     */
    public Optional<BatchRecord> repairCounts(String storeId, String batchId) {
        Require.text("store id", storeId);
        Require.text("batch id", batchId);
        return locks.with(storeId, () -> repair(storeId, batchId));
    }

    /** Counts a batch again and keeps the counts; the store's lock held. */
    private Optional<BatchRecord> repair(String storeId, String batchId) {
        Optional<Versioned<BatchRecord>> stored = batch(storeId, batchId);
        if (stored.isEmpty() || stored.get().value().status() != FileBatchStatus.IN_PROGRESS) {
            return stored.map(Versioned::value);
        }
        BatchRecord kept = stored.get().value();
        FileCounts counted = batchCounts(kept);
        if (!counted.equals(kept.counts())) {
            LOG.warn(
                    "file batch {} of vector store {} kept the counts {} where its file records count {}; it keeps"
                            + " these from now on",
                    batchId,
                    storeId,
                    kept.counts(),
                    counted);
        }
        BatchRecord repaired = kept.withCounts(counted);
        byte[] bytes = codec.write(repaired);
        if (Arrays.equals(bytes, stored.get().stored())) {
            return Optional.of(repaired);
        }
        String key = CatalogKeys.batch(storeId, batchId);
        if (!kv.compareAndSet(key, stored.get().stored(), bytes)) {
            return batch(storeId, batchId).map(Versioned::value); // written past the lock, by another process
        }
        return Optional.of(repaired);
    }

    /** A batch record written before batches kept their counts, with its counts counted. */
    private BatchRecord counted(BatchRecord batch) {
        return batch.withCounts(batchCounts(batch));
    }

    /** Checks that {@code endFile} ended the record it was given, and nothing else. */
    private static FileRecord ended(FileRecord file, FileRecord ended) {
        if (ended == null
                || !ended.fileId().equals(file.fileId())
                || !ended.storeId().equals(file.storeId())
                || !ended.createdAt().equals(file.createdAt())
                || !file.batchIdOrNull().equals(ended.batchIdOrNull())
                || ended.status() == VectorStoreFileStatus.IN_PROGRESS) {
            throw new IllegalArgumentException("ending file '" + file.fileId() + "' of batch '" + file.batchIdOrNull()
                    + "' gave " + ended + "; end it with the same ids, batch and created_at, and a final status");
        }
        return ended;
    }

    /**
     * Writes file records, and the counts they change, in one KV write; the store's lock held.
     * Batches whose counts turn out not to describe their files are counted again after it.
     */
    private void writeFiles(String storeId, List<FileChange> changes) {
        TimeOrder<FileRecord> order = fileOrder(storeId);
        CountChanges counts =
                new CountChanges(batchId -> batch(storeId, batchId).map(Versioned::value));
        List<KVWrite> writes = new ArrayList<>();
        for (FileChange change : changes) {
            String key = CatalogKeys.file(storeId, change.fileId());
            List<String> old = change.oldOrNull() == null ? List.of() : order.positions(change.oldOrNull());
            if (change.newOrNull() == null) {
                writes.add(KVWrite.delete(key));
                deletes(writes, old);
            } else {
                writes.addAll(
                        replacing(old, key, codec.write(change.newOrNull()), order.positions(change.newOrNull())));
            }
            counts.change(change.fileId(), change.oldOrNull(), change.newOrNull());
        }
        for (BatchRecord batch : counts.changed()) {
            writes.add(KVWrite.put(CatalogKeys.batch(storeId, batch.batchId()), codec.write(batch)));
        }
        kv.write(writes);
        for (String batchId : counts.disagreeing()) {
            repair(storeId, batchId);
        }
    }

    /** A file record before and after a write: {@code null} before for a new file, after for a deleted one. */
    private record FileChange(String fileId, FileRecord oldOrNull, FileRecord newOrNull) {}

    private TimeOrder<FileRecord> fileOrder(String storeId) {
        return new TimeOrder<>(
                kv,
                storeId,
                fileId -> file(storeId, fileId).map(Versioned::value),
                FileRecord::fileId,
                FileRecord::createdAt);
    }

    private BatchView batchView(BatchRecord batch) {
        return new BatchView(
                batch,
                fileId -> file(batch.storeId(), fileId).map(Versioned::value),
                new StoreChunking(batch.storeId()));
    }

    /** A record and its listing entries, replacing the entries of the record it overwrites. */
    private static List<KVWrite> replacing(
            List<String> oldPositions, String key, byte[] value, List<String> positions) {
        List<KVWrite> writes = new ArrayList<>(5);
        for (String old : oldPositions) {
            if (!positions.contains(old)) {
                writes.add(KVWrite.delete(old));
            }
        }
        writes.add(KVWrite.put(key, value));
        for (String position : positions) {
            writes.add(KVWrite.put(position, new byte[0]));
        }
        return writes;
    }

    private static void deletes(List<KVWrite> writes, List<String> keys) {
        for (String key : keys) {
            writes.add(KVWrite.delete(key));
        }
    }

    /** Reads a record that is about to be deleted; a damaged one is logged, not fatal. */
    private static <T> Optional<T> readable(String key, Supplier<T> read) {
        try {
            return Optional.ofNullable(read.get());
        } catch (IllegalStateException damaged) {
            LOG.warn("deleting the damaged vector store record '{}': {}", key, damaged.getMessage());
            return Optional.empty();
        }
    }

    /** The chunking of a store, read once and only if needed; {@code auto} if the store is gone. */
    private final class StoreChunking implements Supplier<ChunkingStrategy> {

        private final String storeId;
        private ChunkingStrategy chunking;

        StoreChunking(String storeId) {
            this.storeId = storeId;
        }

        @Override
        public ChunkingStrategy get() {
            if (chunking == null) {
                chunking = store(storeId).map(StoreRecord::chunking).orElse(ChunkingStrategy.AUTO);
            }
            return chunking;
        }
    }
}
