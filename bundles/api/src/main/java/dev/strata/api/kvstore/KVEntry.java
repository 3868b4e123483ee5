package dev.strata.api.kvstore;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A key with its value, as read from a {@link KVStore}: a snapshot, not a live view.
 *
 * <p>Immutable: the value is copied on construction and on every call to {@link #value()}, so
 * neither the creator nor a reader can change it. Equality compares the value's bytes. Safe
 * to share between threads.
 *
 * @param key the key, never {@code null} or empty
 * @param value the value's bytes, never {@code null}; may be empty
 * @param expiresAt when the entry expires; {@code null} when it never does
 */
@ProviderType
public record KVEntry(String key, byte[] value, Instant expiresAt) {

    /**
     * Validates the entry and copies the value.
     *
     * @throws IllegalArgumentException if {@code key} is {@code null} or empty, or {@code
     *     value} is {@code null}
     */
    public KVEntry {
        KVKeys.requireKey(key);
        value = KVKeys.requireValue(key, value);
    }

    /**
     * Returns a copy of the value's bytes.
     *
     * @return a new array on every call, never {@code null}
     */
    @Override
    public byte[] value() {
        return value.clone();
    }

    /**
     * Compares key, value bytes and expiry.
     *
     * @param other the object to compare with; may be {@code null}
     * @return whether {@code other} is an entry with the same key, bytes and expiry
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof KVEntry that
                && key.equals(that.key)
                && Arrays.equals(value, that.value)
                && Objects.equals(expiresAt, that.expiresAt);
    }

    /**
     * Returns a hash of key, value bytes and expiry, consistent with {@link #equals}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(key, Arrays.hashCode(value), expiresAt);
    }

    /**
     * Describes the entry without its bytes, which may be large or secret.
     *
     * @return for example {@code KVEntry[key=job/1, value=42 bytes, expiresAt=null]}
     */
    @Override
    public String toString() {
        return "KVEntry[key=" + key + ", value=" + value.length + " bytes, expiresAt=" + expiresAt + "]";
    }
}
