package dev.strata.api.common;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Which page of a list to return, in the shape of OpenAI's list parameters ({@code limit},
 * {@code after}, {@code before}, {@code order}).
 *
 * <p>Cursors are ids of items in the list: {@code after} returns items that follow that id in
 * the chosen order, {@code before} items that precede it. A cursor naming an item that no
 * longer exists yields an empty page, not an error. Immutable and safe to share between
 * threads.
 *
 * @param limit how many items at most, from 1 to {@value #MAX_LIMIT}
 * @param after return only items after this id; {@code null} for no lower cursor; never empty
 * @param before return only items before this id; {@code null} for no upper cursor; never
 *     empty
 * @param order the order of items by creation time; {@code null} becomes {@link Order#DESC}
 */
@ProviderType
public record PageRequest(int limit, String after, String before, Order order) {

    /** The page size used when a request names none: {@value}. */
    public static final int DEFAULT_LIMIT = 20;

    /** The largest page size a request may ask for: {@value}. */
    public static final int MAX_LIMIT = 100;

    /**
     * Validates the request.
     *
     * @throws IllegalArgumentException if {@code limit} is outside 1 to {@value #MAX_LIMIT}, or
     *     a cursor is empty or blank
     */
    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit is " + limit + "; use a value from 1 to " + MAX_LIMIT);
        }
        requireCursor("after", after);
        requireCursor("before", before);
        if (order == null) {
            order = Order.DESC;
        }
    }

    /**
     * Returns the first page with the default limit, newest first.
     *
     * @return {@code limit} {@value #DEFAULT_LIMIT}, no cursors, {@link Order#DESC}
     */
    public static PageRequest first() {
        return new PageRequest(DEFAULT_LIMIT, null, null, Order.DESC);
    }

    /**
     * Returns the first page of the given size, newest first.
     *
     * @param limit how many items at most, from 1 to {@value #MAX_LIMIT}
     * @return a request without cursors in {@link Order#DESC}
     * @throws IllegalArgumentException if {@code limit} is out of range
     */
    public static PageRequest ofLimit(int limit) {
        return new PageRequest(limit, null, null, Order.DESC);
    }

    /**
     * Returns a copy of this request that starts after the given id, as a client does to
     * fetch the next page with {@link Page#lastId()}.
     *
     * @param id the cursor; {@code null} removes it
     * @return a new request; this one is unchanged
     * @throws IllegalArgumentException if {@code id} is empty or blank
     */
    public PageRequest withAfter(String id) {
        return new PageRequest(limit, id, before, order);
    }

    private static void requireCursor(String name, String value) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(name + " is '" + value + "'; pass an item id, or null for no cursor");
        }
    }

    /** The order of a list by creation time; wire names as OpenAI spells them. */
    @ProviderType
    public enum Order implements WireNamed {
        /** Oldest first ({@code "asc"}). */
        ASC("asc"),
        /** Newest first ({@code "desc"}), the default. */
        DESC("desc");

        private final String wireName;

        Order(String wireName) {
            this.wireName = wireName;
        }

        @Override
        public String wireName() {
            return wireName;
        }

        /**
         * Returns the order with the given wire name.
         *
         * @param name {@code "asc"} or {@code "desc"}
         * @return the order, never {@code null}
         * @throws IllegalArgumentException if {@code name} is neither; the message lists both
         */
        public static Order fromWireName(String name) {
            return WireNamed.lookup(Order.class, "order", name);
        }
    }
}
