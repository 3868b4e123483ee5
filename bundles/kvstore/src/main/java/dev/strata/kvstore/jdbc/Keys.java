package dev.strata.kvstore.jdbc;

/** The rules for keys, range bounds, prefixes and limits; each refusal says what to pass instead. */
final class Keys {

    /** The longest key, in UTF-16 code units: its encoding must fit a database index entry. */
    static final int MAX_KEY_LENGTH = 1024;

    private static final int SHOWN = 60;

    private Keys() {}

    /** Checks a key and returns its encoding. */
    static byte[] encode(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException(
                    "key is " + (key == null ? "null" : "empty") + "; use a non-empty string");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("key " + shown(key) + " is " + key.length()
                    + " characters long; use at most " + MAX_KEY_LENGTH + " characters");
        }
        return KeyCodec.encode(key);
    }

    /** Checks an optional range bound and returns its encoding, or {@code null} for none. */
    static byte[] bound(String name, String bound) {
        if (bound == null) {
            return null;
        }
        if (bound.isEmpty()) {
            throw new IllegalArgumentException(
                    name + " is empty; use null for an open end of the range, or a non-empty key");
        }
        return KeyCodec.encode(bound);
    }

    static void prefix(String prefix) {
        if (prefix == null) {
            throw new IllegalArgumentException("prefix is null; use \"\" to match every key");
        }
    }

    static void limit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit is " + limit + "; use 1 or more");
        }
    }

    /** Quotes a key for a message, shortened when long. */
    static String shown(String key) {
        return "'" + (key.length() <= SHOWN ? key : key.substring(0, SHOWN) + "...") + "'";
    }
}
