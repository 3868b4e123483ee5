package dev.strata.api.inference;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where one token lies in the text it came from, in {@code char} offsets as {@link
 * String#substring(int, int)} takes them. Immutable.
 *
 * @param start the offset of the token's first character, 0 or more
 * @param end the offset just after the token's last character, not below {@code start}
 */
@ProviderType
public record TokenSpan(int start, int end) {

    /**
     * Validates the span.
     *
     * @throws IllegalArgumentException if {@code start} is negative or {@code end} is below it
     */
    public TokenSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("token span is [" + start + ", " + end + "); use 0 <= start <= end");
        }
    }

    /**
     * Returns the token's length in {@code char}s.
     *
     * @return {@code end - start}
     */
    public int length() {
        return end - start;
    }
}
