package dev.strata.vectorio.catalog;

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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A {@link KVStore} in memory that keeps the whole contract: sorted keys, expiry by the given
 * clock, copies in both directions, compare-and-set, atomic batches and the value size limit.
 * Tests can fail writes, hook into them, count them and copy the store as a crash would leave
 * it.
 *
 * <p>A copy of the scheduler's test store, until a shared test module holds one; public so that
 * the tests of the bundle's other packages can use it too.
 */
public class InMemoryKVStore implements KVStore {

    static final int VALUE_LIMIT = 1 << 20;

    private record Value(byte[] bytes, Instant expiresAt) {}

    private final Clock clock;
    private final TreeMap<String, Value> entries;
    private final AtomicInteger writeCalls = new AtomicInteger();
    private final AtomicInteger readCalls = new AtomicInteger();
    private volatile Supplier<RuntimeException> writeFailure;
    private volatile Supplier<RuntimeException> failureAfterWrite;
    private volatile Consumer<List<KVWrite>> beforeWrite;

    /** A store whose entries expire by the system clock. */
    public InMemoryKVStore() {
        this(Clock.systemUTC());
    }

    /** A store whose entries expire by the given clock. */
    public InMemoryKVStore(Clock clock) {
        this(clock, new TreeMap<>());
    }

    private InMemoryKVStore(Clock clock, TreeMap<String, Value> entries) {
        this.clock = clock;
        this.entries = entries;
    }

    /** The store as it is now, as a process that died now would find it at its next start. */
    public synchronized InMemoryKVStore copy() {
        return new InMemoryKVStore(clock, new TreeMap<>(entries));
    }

    /** Makes every write fail with the supplied exception until called with {@code null}. */
    public void failWrites(Supplier<RuntimeException> failure) {
        writeFailure = failure;
    }

    /**
     * Makes every batch write apply and then fail, as a backend whose commit succeeded but whose
     * answer was lost; until called with {@code null}.
     */
    void failAfterWrites(Supplier<RuntimeException> failure) {
        failureAfterWrite = failure;
    }

    /** Runs a hook before each batch write, outside the store's lock; {@code null} for none. */
    public void beforeWrite(Consumer<List<KVWrite>> hook) {
        beforeWrite = hook;
    }

    /** How many times {@link #write} was called. */
    int writeCalls() {
        return writeCalls.get();
    }

    /** How many reads ({@link #get}, {@link #range}, {@link #keys}, {@link #scan}) were called. */
    int readCalls() {
        return readCalls.get();
    }

    /** The keys present now, expired ones excluded. */
    synchronized List<String> liveKeys(String prefix) {
        return prefix.isEmpty()
                ? keys(null, null, Integer.MAX_VALUE)
                : keys(prefix, CatalogKeys.end(prefix), Integer.MAX_VALUE);
    }

    /** A key's expiry, or {@code null}. */
    synchronized Instant expiryOf(String key) {
        Value value = entries.get(key);
        return value == null ? null : value.expiresAt();
    }

    @Override
    public synchronized Optional<byte[]> get(String key) {
        readCalls.incrementAndGet();
        requireKey(key);
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
    public boolean delete(String key) {
        requireKey(key);
        synchronized (this) {
            failIfAsked();
            return live(key) != null && entries.remove(key) != null;
        }
    }

    @Override
    public synchronized List<KVEntry> range(String startInclusive, String endExclusive, int limit) {
        readCalls.incrementAndGet(); // keys and scan read through here, so each call counts once
        List<KVEntry> found = new ArrayList<>();
        for (Map.Entry<String, Value> entry :
                bounded(startInclusive, endExclusive, limit).entrySet()) {
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
        if (prefix == null) {
            throw new IllegalArgumentException("prefix is null");
        }
        List<KVEntry> found = new ArrayList<>();
        for (KVEntry entry : range(prefix.isEmpty() ? null : prefix, null, Integer.MAX_VALUE)) {
            if (!entry.key().startsWith(prefix) || found.size() == limit) {
                break;
            }
            found.add(entry);
        }
        return found;
    }

    @Override
    public synchronized boolean compareAndSet(String key, byte[] expected, byte[] newValue) {
        requireKey(key);
        requireSize(key, newValue);
        failIfAsked();
        Value current = live(key);
        boolean matches =
                expected == null ? current == null : current != null && Arrays.equals(current.bytes(), expected);
        if (!matches) {
            return false;
        }
        if (newValue == null) {
            entries.remove(key);
        } else {
            entries.put(key, new Value(newValue.clone(), null));
        }
        return true;
    }

    @Override
    public void write(List<KVWrite> batch) {
        if (batch == null) {
            throw new IllegalArgumentException("batch is null");
        }
        for (KVWrite write : batch) {
            if (write == null) {
                throw new IllegalArgumentException("batch holds null");
            }
            if (write instanceof KVWrite.Put put) {
                requireSize(put.key(), put.value());
            }
        }
        Consumer<List<KVWrite>> hook = beforeWrite;
        if (hook != null) {
            hook.accept(batch);
        }
        synchronized (this) {
            writeCalls.incrementAndGet();
            failIfAsked();
            for (KVWrite write : batch) {
                apply(write);
            }
        }
        Supplier<RuntimeException> lostAnswer = failureAfterWrite;
        if (lostAnswer != null) {
            throw lostAnswer.get();
        }
    }

    private void apply(KVWrite write) {
        if (write instanceof KVWrite.Put put) {
            entries.put(put.key(), new Value(put.value(), put.expiresAt()));
        } else {
            entries.remove(write.key());
        }
    }

    private NavigableMap<String, Value> bounded(String start, String end, int limit) {
        if (limit < 1 || "".equals(start) || "".equals(end)) {
            throw new IllegalArgumentException("limit " + limit + " below 1, or an empty bound");
        }
        NavigableMap<String, Value> view = entries;
        if (start != null) {
            view = view.tailMap(start, true);
        }
        if (end != null) {
            view = view.headMap(end, false);
        }
        return view;
    }

    private Value live(String key) {
        Value value = entries.get(key);
        return value != null && isLive(value) ? value : null;
    }

    private boolean isLive(Value value) {
        return value.expiresAt() == null || clock.instant().isBefore(value.expiresAt());
    }

    private void failIfAsked() {
        Supplier<RuntimeException> failure = writeFailure;
        if (failure != null) {
            throw failure.get();
        }
    }

    private static void requireKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key is null or empty");
        }
    }

    private static void requireSize(String key, byte[] value) {
        if (value != null && value.length > VALUE_LIMIT) {
            throw new IllegalArgumentException(
                    "value for key '" + key + "' is " + value.length + " bytes, over the limit " + VALUE_LIMIT);
        }
    }

    /** A store failure as a backend would report it. */
    public static KVStoreException backendDown() {
        return new KVStoreException("the test backend is down; bring it back with failWrites(null)");
    }
}
