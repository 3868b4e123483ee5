package dev.strata.api.vectorio;

import org.osgi.annotation.versioning.ProviderType;

/**
 * When an idle vector store expires, OpenAI's {@code expires_after}: a number of days after
 * its last activity ({@value #ANCHOR}, the only anchor OpenAI defines). Immutable.
 *
 * @param days how many days without activity before the store expires, from 1 to {@value
 *     #MAX_DAYS}
 */
@ProviderType
public record ExpiresAfter(int days) {

    /** The anchor the days count from, as OpenAI spells it: {@value}. */
    public static final String ANCHOR = "last_active_at";

    /** The most days OpenAI accepts: {@value}. */
    public static final int MAX_DAYS = 365;

    /**
     * Validates the policy.
     *
     * @throws IllegalArgumentException if {@code days} is outside 1 to {@value #MAX_DAYS}
     */
    public ExpiresAfter {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("expires_after.days is " + days + "; use a value from 1 to " + MAX_DAYS);
        }
    }
}
