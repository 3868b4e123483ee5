package dev.strata.vectorio.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.HexFormat;

/**
 * The key layout of a vector store provider's namespace in the KV store:
 *
 * <ul>
 *   <li>{@code store/<store>}: a store's record, JSON (see {@link RecordCodec});
 *   <li>{@code store-asc/<created>/<hex id>}: the stores oldest first; the value is empty;
 *   <li>{@code store-desc/<inverted created>/<inverted hex id>~}: the exact reverse order,
 *       newest first, since the KV store reads ranges in ascending key order only;
 *   <li>{@code file/<store>/<file>}: the record of a file attached to a store;
 *   <li>{@code file-asc/<store>/<created>/<hex id>} and {@code file-desc/<store>/...}: a
 *       store's files by the time they were attached, both ways, as for stores;
 *   <li>{@code batch/<store>/<batch>}: a file batch's record.
 * </ul>
 *
 * <p>An id in a key is escaped ({@code %} as {@code %25}, {@code /} as {@code %2F}), so that
 * {@code file/<store>/} holds the files of that store and of no other. In an index key the id
 * is the hex of its UTF-8 bytes instead, so that ties in time sort the same both ways: the
 * inverted form maps each hex digit d to 15 - d and ends with {@code ~}, which sorts after every
 * digit, so that an id that is a prefix of another still comes after it. Times are 12 hex digits
 * of epoch milliseconds, enough for any time from 1970 to the year 10889, so string order is time
 * order.
 *
 * <p>An index entry is only a pointer: the record decides. A record and its index entries are
 * written and removed in one batch; an entry whose record is gone, or was written again with
 * another creation time, is stale and is passed over.
 */
final class CatalogKeys {

    static final String STORE = "store/";
    static final String STORE_ASC = "store-asc/";
    static final String STORE_DESC = "store-desc/";
    static final String FILE = "file/";
    static final String FILE_ASC = "file-asc/";
    static final String FILE_DESC = "file-desc/";
    static final String BATCH = "batch/";

    private static final int TIME_DIGITS = 12;
    private static final long TIME_LIMIT = 1L << (4 * TIME_DIGITS);
    private static final char INVERTED_END = '~';
    private static final HexFormat HEX = HexFormat.of();

    private CatalogKeys() {}

    static String store(String storeId) {
        return STORE + escape(storeId);
    }

    static String file(String storeId, String fileId) {
        return filesOf(storeId) + escape(fileId);
    }

    /** The prefix of every file record of a store. */
    static String filesOf(String storeId) {
        return FILE + escape(storeId) + "/";
    }

    static String batch(String storeId, String batchId) {
        return batchesOf(storeId) + escape(batchId);
    }

    /** The prefix of every batch record of a store. */
    static String batchesOf(String storeId) {
        return BATCH + escape(storeId) + "/";
    }

    /** The prefix of a listing order: stores, or the files of one store, one way. */
    static String order(String storeIdOrNull, boolean oldestFirst) {
        if (storeIdOrNull == null) {
            return oldestFirst ? STORE_ASC : STORE_DESC;
        }
        return (oldestFirst ? FILE_ASC : FILE_DESC) + escape(storeIdOrNull) + "/";
    }

    /** An item's key in a listing order, under {@link #order}'s prefix. */
    static String position(String orderPrefix, boolean oldestFirst, Instant createdAt, String id) {
        String time = time(createdAt);
        String hexId = HEX.formatHex(id.getBytes(UTF_8));
        if (oldestFirst) {
            return orderPrefix + time + "/" + hexId;
        }
        return orderPrefix + invert(time) + "/" + invert(hexId) + INVERTED_END;
    }

    /**
     * The id in a key of a listing order.
     *
     * @throws IllegalStateException if the key is not one {@link #position} makes
     */
    static String idOf(String orderPrefix, boolean oldestFirst, String key) {
        try {
            String hexId = key.substring(orderPrefix.length() + TIME_DIGITS + 1);
            if (!oldestFirst) {
                hexId = invert(hexId.substring(0, hexId.length() - 1));
            }
            return new String(HEX.parseHex(hexId), UTF_8);
        } catch (IllegalArgumentException | IndexOutOfBoundsException damaged) {
            throw new IllegalStateException(
                    "the store entry '" + key + "' is not a listing entry of the vector store catalog; delete it"
                            + " with kv:delete, which leaves every record as it is",
                    damaged);
        }
    }

    /** The first key after every key with the prefix: its last character raised by one. */
    static String end(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }

    /** The first key after {@code key} in string order. */
    static String after(String key) {
        return key + '\0';
    }

    private static String time(Instant instant) {
        long millis = instant.toEpochMilli();
        if (millis < 0 || millis >= TIME_LIMIT) {
            throw new IllegalArgumentException("created_at is " + instant
                    + ", which the catalog cannot order; use a time from 1970 on, such as the clock's instant()");
        }
        String hex = Long.toHexString(millis);
        return "0".repeat(TIME_DIGITS - hex.length()) + hex;
    }

    private static String invert(String hex) {
        StringBuilder inverted = new StringBuilder(hex.length());
        for (int i = 0; i < hex.length(); i++) {
            int digit = Character.digit(hex.charAt(i), 16);
            if (digit < 0) {
                throw new IllegalArgumentException("'" + hex.charAt(i) + "' is not a hex digit");
            }
            inverted.append(Character.forDigit(15 - digit, 16));
        }
        return inverted.toString();
    }

    private static String escape(String id) {
        return id.replace("%", "%25").replace("/", "%2F");
    }
}
