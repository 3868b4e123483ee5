package dev.strata.files.store;

import dev.strata.api.files.FileInfo;

/**
 * The key layout of a files provider's namespace in the KV store. Each file has a record and
 * two index entries, written and deleted together in one batch, plus an expiry entry when it
 * expires:
 *
 * <ul>
 *   <li>{@code file/<id>}: the record, JSON (see {@link FileCodec});
 *   <li>{@code asc/<created>/<id>}: oldest first; the value is the purpose's wire name;
 *   <li>{@code desc/<inverted created>/<inverted id>}: the exact reverse order, newest first,
 *       since the store reads ranges in ascending key order only; the value is the purpose;
 *   <li>{@code expires/<expires>/<id>}: for the purge, in expiry order; the value is empty.
 * </ul>
 *
 * Times are 12 hex digits of epoch milliseconds, enough for any time before the year 10889, so
 * string order is time order; ties in time are broken by id.
 */
final class CatalogKeys {

    static final String RECORD = "file/";
    static final String OLDEST_FIRST = "asc/";
    static final String NEWEST_FIRST = "desc/";
    static final String EXPIRY = "expires/";

    private static final int TIME_DIGITS = 12;

    private CatalogKeys() {}

    static String record(String id) {
        return RECORD + id;
    }

    static String oldestFirst(FileInfo file) {
        return OLDEST_FIRST + time(file.createdAt().toEpochMilli()) + "/" + file.id();
    }

    static String newestFirst(FileInfo file) {
        String id = file.id();
        String prefix = FileInfo.ID_PREFIX;
        return NEWEST_FIRST + invert(time(file.createdAt().toEpochMilli())) + "/" + prefix
                + invert(id.substring(prefix.length()));
    }

    static String expiry(FileInfo file) {
        return EXPIRY + time(file.expiresAt().toEpochMilli()) + "/" + file.id();
    }

    /** The first expiry key after every file that expires at or before {@code millis}. */
    static String expiryEnd(long millis) {
        return EXPIRY + time(millis + 1);
    }

    /** The id in a key of one of the index prefixes; a {@link #NEWEST_FIRST} id is inverted back. */
    static String idOf(String key) {
        String id = key.substring(key.lastIndexOf('/') + 1);
        if (!key.startsWith(NEWEST_FIRST)) {
            return id;
        }
        return FileInfo.ID_PREFIX + invert(id.substring(FileInfo.ID_PREFIX.length()));
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

    private static String time(long millis) {
        String hex = Long.toHexString(millis);
        return "0".repeat(Math.max(0, TIME_DIGITS - hex.length())) + hex;
    }

    /** Maps hex digits so that the result sorts the other way: each digit d becomes 15 - d. */
    private static String invert(String hex) {
        StringBuilder inverted = new StringBuilder(hex.length());
        for (int i = 0; i < hex.length(); i++) {
            inverted.append(Character.forDigit(15 - Character.digit(hex.charAt(i), 16), 16));
        }
        return inverted.toString();
    }
}
