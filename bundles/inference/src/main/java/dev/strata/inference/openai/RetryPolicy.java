package dev.strata.inference.openai;

import java.time.Duration;

/**
 * When a request to the endpoint is tried again, and after how long: on a timeout, a connection
 * failure, and the statuses OpenAI's API documents as transient (408, 409, 429 and every 5xx,
 * the set OpenAI's own SDKs retry), with exponential backoff from {@code initialBackoff},
 * doubling per attempt up to {@code maxBackoff}. Immutable.
 *
 * @param maxAttempts how many times a request is sent at most, 1 or more
 * @param initialBackoff the wait after the first failure, not negative
 * @param maxBackoff the longest wait, not below {@code initialBackoff}; a server that asks for a
 *     longer one (Retry-After) is not waited for
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    /**
     * Validates the policy.
     *
     * @throws IllegalArgumentException naming the setting and its value
     */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("retry_max_attempts is " + maxAttempts + "; use 1 or more");
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("retry_initial_backoff is " + initialBackoff + " and retry_max_backoff "
                    + maxBackoff + "; use 0 or more, and a longest backoff not below the initial one");
        }
    }

    /** Whether a response with this status is worth sending again. */
    static boolean retryable(int status) {
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }

    /**
     * @param failures how many attempts have failed, 1 or more
     * @return the wait before the next attempt
     */
    Duration backoff(int failures) {
        Duration wait = initialBackoff;
        for (int i = 1; i < failures && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
