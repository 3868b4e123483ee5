package dev.strata.console.kv;

import dev.strata.api.kvstore.KVEntry;
import dev.strata.api.kvstore.KVStore;
import dev.strata.api.kvstore.KVWrite;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Just enough of a KV store to page through; the real stores are tested in strata-kvstore. */
final class SortedMapStore implements KVStore {

    final TreeMap<String, byte[]> entries = new TreeMap<>();

    @Override
    public List<KVEntry> range(String startInclusive, String endExclusive, int limit) {
        var view = startInclusive == null ? entries : entries.tailMap(startInclusive, true);
        return view.entrySet().stream()
                .filter(e -> endExclusive == null || e.getKey().compareTo(endExclusive) < 0)
                .limit(limit)
                .map(e -> new KVEntry(e.getKey(), e.getValue(), null))
                .toList();
    }

    @Override
    public Optional<byte[]> get(String key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void set(String key, byte[] value) {
        entries.put(key, value);
    }

    @Override
    public void set(String key, byte[] value, Instant expiresAt) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean delete(String key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<String> keys(String startInclusive, String endExclusive, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<KVEntry> scan(String prefix, int limit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean compareAndSet(String key, byte[] expected, byte[] newValue) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void write(List<KVWrite> batch) {
        throw new UnsupportedOperationException();
    }
}
