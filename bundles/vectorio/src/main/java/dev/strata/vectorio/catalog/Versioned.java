package dev.strata.vectorio.catalog;

import java.util.Arrays;
import java.util.Objects;

/**
 * A record as it was read, with the exact bytes it was read from: what a compare-and-set
 * compares with, so that it succeeds only if nobody wrote the record in between. Immutable: the
 * bytes are copied in and out.
 *
 * @param value the record, never {@code null}
 * @param stored the bytes the KV store held, never {@code null}
 * @param <T> the record type
 */
public record Versioned<T>(T value, byte[] stored) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if a field is {@code null}
     */
    public Versioned {
        Require.nonNull("value", value);
        stored = Require.nonNull("stored bytes", stored).clone();
    }

    /**
     * Returns a copy of the stored bytes.
     *
     * @return a new array on every call
     */
    @Override
    public byte[] stored() {
        return stored.clone();
    }

    /**
     * Compares value and stored bytes.
     *
     * @param other the object to compare with; may be {@code null}
     * @return whether {@code other} holds an equal value read from the same bytes
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Versioned<?> that && value.equals(that.value) && Arrays.equals(stored, that.stored);
    }

    /**
     * Returns a hash consistent with {@link #equals}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(value, Arrays.hashCode(stored));
    }

    /**
     * Describes the version without its bytes.
     *
     * @return the value and the number of bytes
     */
    @Override
    public String toString() {
        return "Versioned[value=" + value + ", stored=" + stored.length + " bytes]";
    }
}
