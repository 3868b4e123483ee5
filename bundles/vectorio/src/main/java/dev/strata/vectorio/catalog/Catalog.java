package dev.strata.vectorio.catalog;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.kvstore.KVStore;
import dev.strata.api.kvstore.KVWrite;
import dev.strata.api.vectorio.ChunkingStrategy;
import dev.strata.api.vectorio.FileCounts;
import dev.strata.api.vectorio.VectorStoreFileStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
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
 * <p>A record is written together with its listing entries in one atomic batch. File counts and
 * usage are not stored: they are counted from the file records, exactly, reading them a page at
 * a time however many there are. A record that cannot be read is reported with its key (an
 * {@link IllegalStateException}), never passed over.
 *
 * <p>Thread-safe, as the KV store is. Plain puts replace what is there; the compare-and-set
 * methods change a record only if it still holds the bytes it was read from, for callers that
 * update one record from several threads or processes.
 */
public final class Catalog {

    private static final Logger LOG = LoggerFactory.getLogger(Catalog.class);

    private final KVStore kv;
    private final RecordCodec codec = new RecordCodec();
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
     * Creates or replaces a file's record; durable when it returns.
     *
     * @param file the record, not {@code null}
     * @throws IllegalArgumentException if {@code file} is {@code null}
     * @throws IllegalStateException if the record it replaces cannot be read
     */
    public void putFile(FileRecord file) {
        Require.nonNull("file", file);
        TimeOrder<FileRecord> order = fileOrder(file.storeId());
        List<String> old = file(file.storeId(), file.fileId())
                .map(version -> order.positions(version.value()))
                .orElse(List.of());
        String key = CatalogKeys.file(file.storeId(), file.fileId());
        kv.write(replacing(old, key, codec.write(file), order.positions(file)));
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
     * Replaces a file's record if it still holds the bytes it was read from. The new record
     * keeps the file's place in the listing, so it must have the same store, file and creation
     * time; to attach a file again at another time, use {@link #putFile}.
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
        return kv.compareAndSet(CatalogKeys.file(old.storeId(), old.fileId()), expected.stored(), codec.write(next));
    }

    /**
     * Deletes a file's record and listing entries in one KV write. A record that cannot be read
     * is deleted too, though its listing entries then stay behind (the listing passes over
     * them). Two deletes of one file at once may both report it deleted.
     *
     * @param storeId the store's id, not {@code null}
     * @param fileId the file's id, not {@code null}
     * @return {@code true} if there was a record; {@code false} if the store had no such file
     */
    public boolean deleteFile(String storeId, String fileId) {
        String key = CatalogKeys.file(Require.text("store id", storeId), Require.text("file id", fileId));
        Optional<byte[]> bytes = kv.get(key);
        if (bytes.isEmpty()) {
            return false;
        }

        List<KVWrite> writes = new ArrayList<>(3);
        writes.add(KVWrite.delete(key));
        readable(key, () -> codec.readFile(key, bytes.get()))
                .ifPresent(file -> deletes(writes, fileOrder(storeId).positions(file)));
        kv.write(writes);
        return true;
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
     * Creates a batch's record unless one with its id exists.
     *
     * @param batch the record, not {@code null}
     * @return {@code true} if it was created; {@code false} if the store already has a batch of
     *     that id, which is left as it is
     */
    public boolean putBatchIfAbsent(BatchRecord batch) {
        Require.nonNull("batch", batch);
        return kv.compareAndSet(CatalogKeys.batch(batch.storeId(), batch.batchId()), null, codec.write(batch));
    }

    /**
     * Creates or replaces a batch's record; durable when it returns.
     *
     * @param batch the record, not {@code null}
     */
    public void putBatch(BatchRecord batch) {
        Require.nonNull("batch", batch);
        kv.set(CatalogKeys.batch(batch.storeId(), batch.batchId()), codec.write(batch));
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
        return kv.get(key).map(bytes -> new Versioned<>(codec.readBatch(key, bytes), bytes));
    }

    /**
     * Replaces a batch's record if it still holds the bytes it was read from.
     *
     * @param expected the record as read, not {@code null}
     * @param next the new record, not {@code null}, of the same store and batch
     * @return {@code true} if it was replaced; {@code false} if it was changed or deleted since
     *     it was read, in which case nothing changes
     * @throws IllegalArgumentException if an argument is {@code null} or {@code next} is another
     *     batch
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
        return kv.compareAndSet(CatalogKeys.batch(old.storeId(), old.batchId()), expected.stored(), codec.write(next));
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
                entry -> batches.add(codec.readBatch(entry.key(), entry.value())));
        return batches;
    }

    /**
     * Counts a batch's files by the status the batch reports for each: the file record's status
     * if the record names this batch; otherwise {@code in_progress}, or {@code cancelled} if
     * the batch is cancelled. The total is the number of the batch's files.
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
