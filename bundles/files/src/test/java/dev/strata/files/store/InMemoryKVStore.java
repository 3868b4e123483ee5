package dev.strata.files.store;

import dev.strata.api.kvstore.KVEntry;
import dev.strata.api.kvstore.KVStore;
import dev.strata.api.kvstore.KVStoreException;
import dev.strata.api.kvstore.KVWrite;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link KVStore} in memory that keeps the contract the files provider relies on: sorted keys,
 * expiry by the given clock, copies in both directions, atomic batches. Tests can make writes
 * fail, before or after they apply, and read every key as it is.
 */
final class InMemoryKVStore implements KVStore {

    private record Value(byte[] bytes, Instant expiresAt) {}

    private final Clock clock;
    private final TreeMap<String, Value> entries = new TreeMap<>();
    private volatile boolean failWrites;
    private volatile boolean failAfterWrites;
    private volatile boolean failReads;

    InMemoryKVStore(Clock clock) {
        this.clock = clock;
    }

    /** Makes every write fail, applying nothing, until called with {@code false}. */
    void failWrites(boolean fail) {
        failWrites = fail;
    }

    /** Makes every write apply and then fail, as a commit whose answer was lost. */
    void failAfterWrites(boolean fail) {
        failAfterWrites = fail;
    }

    /** Makes every read fail until called with {@code false}. */
    void failReads(boolean fail) {
        failReads = fail;
    }

    /** Every key with its value as text, expired ones too: what a test compares before and after. */
    synchronized Map<String, String> dump() {
        Map<String, String> dump = new TreeMap<>();
        entries.forEach(
                (key, value) -> dump.put(key, new String(value.bytes(), java.nio.charset.StandardCharsets.UTF_8)));
        return dump;
    }

    @Override
    public synchronized Optional<byte[]> get(String key) {
        readable();
        Value value = live(key);
        return value == null ? Optional.empty() : Optional.of(value.bytes().clone());
    }

    @Override
    public void set(String key, byte[] value) {
        set(key, value, null);
    }

    @Override
    public void set(String key, byte[] value, Instant expiresAt) {
        write(List.of(new KVWrite.Put(key, value, expiresAt)));
    }

    @Override
    public synchronized boolean delete(String key) {
        writable();
        return live(key) != null && entries.remove(key) != null;
    }

    @Override
    public synchronized List<KVEntry> range(String startInclusive, String endExclusive, int limit) {
        readable();
        if (limit < 1 || "".equals(startInclusive) || "".equals(endExclusive)) {
            throw new IllegalArgumentException("limit " + limit + " below 1, or an empty bound");
        }
        NavigableMap<String, Value> view = entries;
        if (startInclusive != null) {
            view = view.tailMap(startInclusive, true);
        }
        if (endExclusive != null) {
            view = view.headMap(endExclusive, false);
        }
        List<KVEntry> found = new ArrayList<>();
        for (Map.Entry<String, Value> entry : view.entrySet()) {
            if (isLive(entry.getValue())) {
                found.add(new KVEntry(
                        entry.getKey(),
                        entry.getValue().bytes(),
                        entry.getValue().expiresAt()));
                if (found.size() == limit) {
                    break;
                }
            }
        }
        return found;
    }

    @Override
    public synchronized List<String> keys(String startInclusive, String endExclusive, int limit) {
        return range(startInclusive, endExclusive, limit).stream()
                .map(KVEntry::key)
                .toList();
    }

    @Override
    public synchronized List<KVEntry> scan(String prefix, int limit) {
        return range(prefix.isEmpty() ? null : prefix, null, Integer.MAX_VALUE).stream()
                .filter(entry -> entry.key().startsWith(prefix))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized boolean compareAndSet(String key, byte[] expected, byte[] newValue) {
        writable();
        Value current = live(key);
        boolean matches =
                expected == null ? current == null : current != null && Arrays.equals(current.bytes(), expected);
        if (matches) {
            if (newValue == null) {
                entries.remove(key);
            } else {
                entries.put(key, new Value(newValue.clone(), null));
            }
        }
        return matches;
    }

    @Override
    public synchronized void write(List<KVWrite> batch) {
        writable();
        for (KVWrite write : batch) {
            if (write instanceof KVWrite.Put put) {
                entries.put(put.key(), new Value(put.value(), put.expiresAt()));
            } else {
                entries.remove(write.key());
            }
        }
        if (failAfterWrites) {
            throw new KVStoreException("the test store applied the batch but lost the answer");
        }
    }

    private Value live(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key is null or empty");
        }
        Value value = entries.get(key);
        return value != null && isLive(value) ? value : null;
    }

    private boolean isLive(Value value) {
        return value.expiresAt() == null || clock.instant().isBefore(value.expiresAt());
    }

    private void writable() {
        if (failWrites) {
            throw new KVStoreException("the test store is down; bring it back with failWrites(false)");
        }
    }

    private void readable() {
        if (failReads) {
            throw new KVStoreException("the test store cannot be read; bring it back with failReads(false)");
        }
    }
}
