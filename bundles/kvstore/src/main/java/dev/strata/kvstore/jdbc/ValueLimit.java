package dev.strata.kvstore.jdbc;

/** A store's value size limit, checked before anything is written. */
record ValueLimit(String providerId, int maxBytes) {

    /**
     * Checks a value and returns a copy that the caller can no longer change.
     *
     * @throws IllegalArgumentException if the value is {@code null} or over the limit
     */
    byte[] copy(String key, byte[] value) {
        if (value == null) {
            throw new IllegalArgumentException(
                    "value for key " + Keys.shown(key) + " is null; use an empty array, or delete the key");
        }
        if (value.length > maxBytes) {
            throw new IllegalArgumentException("value for key " + Keys.shown(key) + " is " + value.length
                    + " bytes, over the limit of " + maxBytes + " bytes of KV store '" + providerId
                    + "'; store a smaller value, or raise max.value.bytes in the store's configuration");
        }
        return value.clone();
    }
}
