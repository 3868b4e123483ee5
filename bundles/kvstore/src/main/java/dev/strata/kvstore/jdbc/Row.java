package dev.strata.kvstore.jdbc;

/**
 * One row of the entries table as it is written: encoded key, value, expiry.
 *
 * @param key the key as {@link KeyCodec#encode} made it
 * @param value the value's bytes, owned by the row (already copied); {@code null} in a batch delete
 * @param expiresAt the expiry in epoch milliseconds; {@code null} for never
 */
record Row(byte[] key, byte[] value, Long expiresAt) {}
