package dev.strata.api.kvstore;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One change in a batch passed to {@link KVStore#write(java.util.List)}: a {@link Put} or a
 * {@link Delete}. Immutable and safe to share between threads.
 */
@ProviderType
public sealed interface KVWrite permits KVWrite.Put, KVWrite.Delete {

    /**
     * Returns the key this change applies to.
     *
     * @return the key, never {@code null} or empty
     */
    String key();

    /**
     * Returns a put that never expires.
     *
     * @param key the key, non-empty
     * @param value the value, not {@code null}; copied
     * @return the change
     * @throws IllegalArgumentException if the key is {@code null} or empty, or the value is
     *     {@code null}
     */
    static Put put(String key, byte[] value) {
        return new Put(key, value, null);
    }

    /**
     * Returns a delete.
     *
     * @param key the key, non-empty
     * @return the change
     * @throws IllegalArgumentException if the key is {@code null} or empty
     */
    static Delete delete(String key) {
        return new Delete(key);
    }

    /**
     * Sets a key to a value, creating or replacing it, as {@link KVStore#set(String, byte[],
     * Instant)} does. The value is copied on construction and on every call to {@link
     * #value()}; equality compares its bytes.
     *
     * @param key the key, never {@code null} or empty
     * @param value the value's bytes, never {@code null}; may be empty
     * @param expiresAt when the key expires; {@code null} for never
     */
    @ProviderType
    record Put(String key, byte[] value, Instant expiresAt) implements KVWrite {

        /**
         * Validates the change and copies the value.
         *
         * @throws IllegalArgumentException if {@code key} is {@code null} or empty, or {@code
         *     value} is {@code null}
         */
        public Put {
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
         * @return whether {@code other} is a put of the same key, bytes and expiry
         */
        @Override
        public boolean equals(Object other) {
            return other instanceof Put that
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
         * Describes the change without its bytes.
         *
         * @return for example {@code Put[key=job/1, value=42 bytes, expiresAt=null]}
         */
        @Override
        public String toString() {
            return "Put[key=" + key + ", value=" + value.length + " bytes, expiresAt=" + expiresAt + "]";
        }
    }

    /**
     * Removes a key, as {@link KVStore#delete(String)} does; an absent key is no error.
     *
     * @param key the key, never {@code null} or empty
     */
    @ProviderType
    record Delete(String key) implements KVWrite {

        /**
         * Validates the change.
         *
         * @throws IllegalArgumentException if {@code key} is {@code null} or empty
         */
        public Delete {
            KVKeys.requireKey(key);
        }
    }
}
