package dev.strata.files.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.strata.api.files.FileInfo;
import dev.strata.api.files.FilePurpose;
import dev.strata.api.kvstore.KVEntry;
import dev.strata.api.kvstore.KVStore;
import dev.strata.api.kvstore.KVWrite;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * File metadata in the KV store, in the layout of {@link CatalogKeys}. A file's keys are
 * written, and removed, in one atomic batch, so the indexes never disagree with the records.
 * Expiry is left to the caller: the catalog returns expired records as they are. Thread-safe, as
 * the store is.
 */
final class FileCatalog {

    private static final byte[] NO_VALUE = new byte[0];

    private final KVStore kv;
    private final FileCodec codec = new FileCodec();

    FileCatalog(KVStore kv) {
        this.kv = kv;
    }

    /** A file's place in one of the two listing orders. */
    record Indexed(String key, String id, FilePurpose purpose) {}

    /** Stores a file's record and index entries; durable when it returns. */
    void add(FileInfo file) {
        byte[] purpose = file.purpose().wireName().getBytes(UTF_8);
        List<KVWrite> writes = new ArrayList<>(4);
        writes.add(KVWrite.put(CatalogKeys.record(file.id()), codec.write(file)));
        writes.add(KVWrite.put(CatalogKeys.oldestFirst(file), purpose));
        writes.add(KVWrite.put(CatalogKeys.newestFirst(file), purpose));
        if (file.expiresAt() != null) {
            writes.add(KVWrite.put(CatalogKeys.expiry(file), NO_VALUE));
        }
        kv.write(writes);
    }

    /** Reads a record, expired or not. */
    Optional<FileInfo> find(String id) {
        String key = CatalogKeys.record(id);
        return kv.get(key).map(bytes -> codec.read(key, bytes));
    }

    /** Removes a file's record and index entries; durable when it returns. */
    void remove(FileInfo file) {
        List<KVWrite> writes = new ArrayList<>(4);
        writes.add(KVWrite.delete(CatalogKeys.record(file.id())));
        writes.add(KVWrite.delete(CatalogKeys.oldestFirst(file)));
        writes.add(KVWrite.delete(CatalogKeys.newestFirst(file)));
        if (file.expiresAt() != null) {
            writes.add(KVWrite.delete(CatalogKeys.expiry(file)));
        }
        kv.write(writes);
    }

    /** Removes an expiry entry whose record is gone. */
    void removeExpiry(String key) {
        kv.delete(key);
    }

    /** A file's key in the chosen order, to walk from. */
    static String position(boolean oldestFirst, FileInfo file) {
        return oldestFirst ? CatalogKeys.oldestFirst(file) : CatalogKeys.newestFirst(file);
    }

    /**
     * Reads index entries in the chosen order, strictly between two keys of that order.
     *
     * @param afterKey the key to start after; {@code null} for the first file
     * @param beforeKey the key to stop before; {@code null} for the last file
     */
    List<Indexed> walk(boolean oldestFirst, String afterKey, String beforeKey, int limit) {
        String prefix = oldestFirst ? CatalogKeys.OLDEST_FIRST : CatalogKeys.NEWEST_FIRST;
        String start = afterKey == null ? prefix : CatalogKeys.after(afterKey);
        String end = beforeKey == null ? CatalogKeys.end(prefix) : beforeKey;
        List<Indexed> found = new ArrayList<>();
        for (KVEntry entry : kv.range(start, end, limit)) {
            found.add(new Indexed(entry.key(), CatalogKeys.idOf(entry.key()), purpose(entry)));
        }
        return found;
    }

    /** The expiry keys of files that expired at or before {@code now}, soonest first. */
    List<String> expiredKeys(Instant now, int limit) {
        return kv.keys(CatalogKeys.EXPIRY, CatalogKeys.expiryEnd(now.toEpochMilli()), limit);
    }

    private static FilePurpose purpose(KVEntry entry) {
        String name = new String(entry.value(), UTF_8);
        try {
            return FilePurpose.fromWireName(name);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException(
                    "the store entry '" + entry.key() + "' names the purpose '" + name
                            + "', which is not known; delete it with kv:delete or restore it from a backup",
                    unknown);
        }
    }
}
