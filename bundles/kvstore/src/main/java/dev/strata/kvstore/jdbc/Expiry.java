package dev.strata.kvstore.jdbc;

import java.time.Instant;

/**
 * Expiry instants as the database keeps them: epoch milliseconds, rounded down, so a key never
 * reads as present after the instant it was given; instants beyond the {@code long} range clamp.
 */
final class Expiry {

    private Expiry() {}

    static Long toMillis(Instant expiresAt) {
        if (expiresAt == null) {
            return null;
        }
        try {
            return expiresAt.toEpochMilli();
        } catch (ArithmeticException beyondLongRange) {
            return expiresAt.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    static Instant toInstant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
