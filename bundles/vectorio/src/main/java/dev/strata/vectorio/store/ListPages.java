package dev.strata.vectorio.store;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Pages through a list held whole in memory, as {@link PageRequest} describes: {@code after}
 * continues from its item in the requested order, {@code before} gives the items closest to
 * its item, and a cursor naming no item gives an empty page.
 */
final class ListPages {

    private ListPages() {}

    /** @param oldestFirst the items by creation time, oldest first */
    static <T> Page<T> page(List<T> oldestFirst, PageRequest request, Function<T, String> idOf) {
        List<T> ordered = new ArrayList<>(oldestFirst);
        if (request.order() == PageRequest.Order.DESC) {
            Collections.reverse(ordered);
        }
        int from = 0;
        int to = ordered.size();
        if (request.after() != null) {
            int after = indexOf(ordered, request.after(), idOf);
            if (after < 0) {
                return Page.empty();
            }
            from = after + 1;
        }
        if (request.before() != null) {
            int before = indexOf(ordered, request.before(), idOf);
            if (before < 0) {
                return Page.empty();
            }
            to = before;
        }
        if (from >= to) {
            return Page.empty();
        }
        if (request.before() != null) {
            int start = Math.max(from, to - request.limit());
            return Page.of(ordered.subList(start, to), start > from, idOf);
        }
        int end = Math.min(to, from + request.limit());
        return Page.of(ordered.subList(from, end), end < to, idOf);
    }

    private static <T> int indexOf(List<T> items, String id, Function<T, String> idOf) {
        for (int i = 0; i < items.size(); i++) {
            if (idOf.apply(items.get(i)).equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
