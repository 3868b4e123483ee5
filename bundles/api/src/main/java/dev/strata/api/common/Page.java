package dev.strata.api.common;

import java.util.List;
import java.util.function.Function;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One page of a list, in the shape of OpenAI's list responses ({@code data}, {@code
 * first_id}, {@code last_id}, {@code has_more}).
 *
 * <p>A page is a snapshot taken when the list was read; later changes do not show in it. The
 * record is immutable as long as its items are, and safe to share between threads. To fetch
 * the next page, pass {@link #lastId()} as {@link PageRequest#after()}.
 *
 * @param data the items in the requested order; copied with {@link List#copyOf}, so neither
 *     the list nor an item may be {@code null}; may be empty
 * @param firstId the id of the first item; {@code null} exactly when {@code data} is empty
 * @param lastId the id of the last item; {@code null} exactly when {@code data} is empty
 * @param hasMore whether more items follow this page in the requested order
 * @param <T> the item type
 */
@ProviderType
public record Page<T>(List<T> data, String firstId, String lastId, boolean hasMore) {

    /**
     * Validates the page and copies {@code data}.
     *
     * @throws IllegalArgumentException if {@code data} is {@code null}, or the ids do not
     *     match whether {@code data} is empty
     * @throws NullPointerException if an item is {@code null}
     */
    public Page {
        if (data == null) {
            throw new IllegalArgumentException("data is null; pass an empty list for no items");
        }
        data = List.copyOf(data);
        if (data.isEmpty() && (firstId != null || lastId != null)) {
            throw new IllegalArgumentException("firstId is '" + firstId + "' and lastId is '" + lastId
                    + "' but data is empty; an empty page has no ids");
        }
        if (!data.isEmpty() && (firstId == null || lastId == null)) {
            throw new IllegalArgumentException("firstId is '" + firstId + "' and lastId is '" + lastId
                    + "' but data has " + data.size() + " items; give both ids");
        }
    }

    /**
     * Returns a page of the given items, taking the ids from the first and last item.
     *
     * @param data the items, not {@code null}, no {@code null} items; copied
     * @param hasMore whether more items follow
     * @param idOf returns an item's id, not {@code null}
     * @param <T> the item type
     * @return the page, never {@code null}
     */
    public static <T> Page<T> of(List<T> data, boolean hasMore, Function<? super T, String> idOf) {
        if (data == null || data.isEmpty()) {
            return new Page<>(data, null, null, hasMore);
        }
        return new Page<>(data, idOf.apply(data.get(0)), idOf.apply(data.get(data.size() - 1)), hasMore);
    }

    /**
     * Returns the empty last page.
     *
     * @param <T> the item type
     * @return a page without items, ids or more pages
     */
    public static <T> Page<T> empty() {
        return new Page<>(List.of(), null, null, false);
    }
}
