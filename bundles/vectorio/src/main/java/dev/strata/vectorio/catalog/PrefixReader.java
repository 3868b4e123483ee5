package dev.strata.vectorio.catalog;

import dev.strata.api.kvstore.KVEntry;
import dev.strata.api.kvstore.KVStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads every key under a prefix a page at a time, since one call to the KV store returns at
 * most the limit it is given, however many keys there are.
 */
final class PrefixReader {

    /** How many entries one call to the KV store reads. */
    static final int PAGE = 500;

    private final KVStore kv;

    PrefixReader(KVStore kv) {
        this.kv = kv;
    }

    /** Passes each entry under the prefix to {@code action}, in key order. */
    void forEach(String prefix, Consumer<KVEntry> action) {
        String start = prefix;
        String end = CatalogKeys.end(prefix);
        List<KVEntry> page;
        do {
            page = kv.range(start, end, PAGE);
            for (KVEntry entry : page) {
                action.accept(entry);
            }
            if (!page.isEmpty()) {
                start = CatalogKeys.after(page.get(page.size() - 1).key());
            }
        } while (page.size() == PAGE);
    }

    /** The keys under the prefix, in key order, without their values. */
    List<String> keys(String prefix) {
        List<String> keys = new ArrayList<>();
        String start = prefix;
        String end = CatalogKeys.end(prefix);
        List<String> page;
        do {
            page = kv.keys(start, end, PAGE);
            keys.addAll(page);
            if (!page.isEmpty()) {
                start = CatalogKeys.after(page.get(page.size() - 1));
            }
        } while (page.size() == PAGE);
        return keys;
    }
}
