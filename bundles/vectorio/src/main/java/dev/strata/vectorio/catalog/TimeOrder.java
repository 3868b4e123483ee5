package dev.strata.vectorio.catalog;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.kvstore.KVStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Pages through one of the catalog's listings by creation time: the stores, or the files of one
 * store. It walks the listing's index in the order the page asks for, reading each entry's
 * record, passing over stale entries (see {@link CatalogKeys}) and records the filter refuses.
 *
 * <p>{@code after} continues in the requested order from its item. {@code before} must return
 * the items closest to its item, so the walk goes the other way from it and the page is turned
 * round; {@code hasMore} then says whether more items lie beyond the page in that direction. A
 * cursor naming an item that is gone gives an empty page, as {@link PageRequest} says.
 *
 * @param <T> the record type
 */
final class TimeOrder<T> {

    private static final int MIN_BATCH = 50;

    private final KVStore kv;
    private final String storeIdOrNull;
    private final Function<String, Optional<T>> load;
    private final Function<T, String> idOf;
    private final Function<T, Instant> createdAtOf;

    /**
     * @param storeIdOrNull the store whose files to list; {@code null} to list stores
     * @param load reads an item's record by id
     */
    TimeOrder(
            KVStore kv,
            String storeIdOrNull,
            Function<String, Optional<T>> load,
            Function<T, String> idOf,
            Function<T, Instant> createdAtOf) {
        this.kv = kv;
        this.storeIdOrNull = storeIdOrNull;
        this.load = load;
        this.idOf = idOf;
        this.createdAtOf = createdAtOf;
    }

    /** An item's keys in both orders: what its record is written with. */
    List<String> positions(T item) {
        return List.of(position(true, item), position(false, item));
    }

    Page<T> page(PageRequest page, Predicate<T> filter) {
        Optional<T> after = cursor(page.after());
        Optional<T> before = cursor(page.before());
        if ((page.after() != null && after.isEmpty()) || (page.before() != null && before.isEmpty())) {
            return Page.empty();
        }

        boolean reversed = before.isPresent();
        boolean oldestFirst = reversed == (page.order() == PageRequest.Order.DESC);
        Optional<T> from = reversed ? before : after;
        Optional<T> to = reversed ? after : before;
        List<T> found = walk(
                oldestFirst,
                from.map(item -> position(oldestFirst, item)).orElse(null),
                to.map(item -> position(oldestFirst, item)).orElse(null),
                page.limit() + 1,
                filter);

        boolean hasMore = found.size() > page.limit();
        List<T> items = new ArrayList<>(found.subList(0, Math.min(page.limit(), found.size())));
        if (reversed) {
            Collections.reverse(items);
        }
        return Page.of(items, hasMore, idOf);
    }

    private Optional<T> cursor(String idOrNull) {
        return idOrNull == null ? Optional.empty() : load.apply(idOrNull);
    }

    private String position(boolean oldestFirst, T item) {
        String prefix = CatalogKeys.order(storeIdOrNull, oldestFirst);
        return CatalogKeys.position(prefix, oldestFirst, createdAtOf.apply(item), idOf.apply(item));
    }

    /** Reads items strictly between two keys of one order, until {@code wanted} are found. */
    private List<T> walk(boolean oldestFirst, String fromKey, String toKey, int wanted, Predicate<T> filter) {
        String prefix = CatalogKeys.order(storeIdOrNull, oldestFirst);
        String start = fromKey == null ? prefix : CatalogKeys.after(fromKey);
        String end = toKey == null ? CatalogKeys.end(prefix) : toKey;
        int batch = Math.max(wanted, MIN_BATCH);
        List<T> found = new ArrayList<>();
        List<String> keys;
        do {
            if (start.compareTo(end) >= 0) {
                return found; // the cursors cross: nothing lies between them
            }
            keys = kv.keys(start, end, batch);
            for (String key : keys) {
                Optional<T> item = load.apply(CatalogKeys.idOf(prefix, oldestFirst, key));
                // an entry whose record is gone or was written again at another time is stale
                if (item.isPresent() && position(oldestFirst, item.get()).equals(key) && filter.test(item.get())) {
                    found.add(item.get());
                    if (found.size() == wanted) {
                        return found;
                    }
                }
            }
            if (!keys.isEmpty()) {
                start = CatalogKeys.after(keys.get(keys.size() - 1));
            }
        } while (keys.size() == batch);
        return found;
    }
}
