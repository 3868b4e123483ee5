package dev.strata.api.kvstore;

/** Key rules shared by the records of this package; not part of the API. */
final class KVKeys {

    private KVKeys() {}

    static String requireKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException(
                    "key is " + (key == null ? "null" : "empty") + "; use a non-empty string");
        }
        return key;
    }

    static byte[] requireValue(String key, byte[] value) {
        if (value == null) {
            throw new IllegalArgumentException(
                    "value for key '" + key + "' is null; use an empty array, or delete the key");
        }
        return value.clone();
    }
}
