package dev.strata.console.kv;

import dev.strata.api.kvstore.KVEntry;
import dev.strata.api.kvstore.KVStore;
import java.util.List;
import java.util.function.Consumer;

/** Walks every entry under a prefix, a page at a time, so a large store is never read whole at once. */
final class KeyPages {

    static final int PAGE = 500;

    private KeyPages() {}

    /**
     * Gives each live entry under {@code prefix} to {@code visitor}, in key order, up to {@code most}.
     *
     * @return how many entries were visited
     */
    static long walk(KVStore store, String prefix, long most, Consumer<KVEntry> visitor) {
        String start = prefix.isEmpty() ? null : prefix;
        String end = prefixEnd(prefix);
        long seen = 0;
        while (seen < most) {
            List<KVEntry> page = store.range(start, end, (int) Math.min(PAGE, most - seen));
            page.forEach(visitor);
            seen += page.size();
            if (page.size() < PAGE || page.isEmpty()) {
                return seen;
            }
            start = page.get(page.size() - 1).key() + '\u0000';
        }
        return seen;
    }

    /** The smallest key above every key that starts with {@code prefix}; {@code null} when there is none. */
    static String prefixEnd(String prefix) {
        for (int i = prefix.length() - 1; i >= 0; i--) {
            if (prefix.charAt(i) != '\uFFFF') {
                return prefix.substring(0, i) + (char) (prefix.charAt(i) + 1);
            }
        }
        return null;
    }
}
