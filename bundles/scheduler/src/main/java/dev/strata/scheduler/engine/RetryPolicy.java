package dev.strata.scheduler.engine;

import java.time.Duration;

/**
 * How a failed attempt is retried: exponential backoff with jitter and a cap, up to a number of
 * attempts, after which the job is failed for good.
 *
 * <p>The delay after failed attempt {@code n} (1 for the first) is {@code min(maxBackoff,
 * initialBackoff * multiplier^(n-1))}, shortened by a random share of up to {@code jitter}, so
 * that jobs failing together (a database that went away) do not all come back at the same
 * instant. Jitter only ever shortens the delay, so the cap holds. Immutable.
 *
 * @param maxAttempts how many attempts a job gets, 1 or more; 1 means no retry
 * @param initialBackoff the delay after the first failed attempt, positive
 * @param multiplier how much each further delay grows, 1 or more
 * @param maxBackoff the longest delay, at least {@code initialBackoff}
 * @param jitter the largest share by which a delay is shortened at random, from 0 to 1
 */
public record RetryPolicy(
        int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff, double jitter) {

    /** Attempts a job gets when the configuration names none: {@value}. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    /**
     * Validates the policy.
     *
     * @throws IllegalArgumentException if a value is out of range; the message names it
     */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("retry max attempts is " + maxAttempts + "; use 1 or more");
        }
        requirePositive("retry initial backoff", initialBackoff);
        requirePositive("retry max backoff", maxBackoff);
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException(
                    "retry multiplier is " + multiplier + "; use a finite number, 1 or more");
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException(
                    "retry max backoff " + maxBackoff + " is shorter than the initial backoff " + initialBackoff
                            + "; raise it to at least the initial backoff");
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("retry jitter is " + jitter + "; use a share from 0 to 1");
        }
    }

    /**
     * Returns the policy used when the configuration says nothing: 3 attempts, 1 s doubling to
     * at most 5 min, 20% jitter.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(DEFAULT_MAX_ATTEMPTS, Duration.ofSeconds(1), 2.0, Duration.ofMinutes(5), 0.2);
    }

    /**
     * Returns a copy with another number of attempts.
     *
     * @param attempts how many attempts a job gets, 1 or more
     * @return the new policy
     * @throws IllegalArgumentException if {@code attempts} is below 1
     */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, initialBackoff, multiplier, maxBackoff, jitter);
    }

    /**
     * Returns the delay before the next attempt.
     *
     * @param failedAttempts how many attempts have failed so far, 1 or more
     * @param random a number from 0 (inclusive) to 1 (exclusive) that picks the jitter
     * @return the delay, never longer than {@code maxBackoff}
     */
    public Duration backoff(int failedAttempts, double random) {
        double grown = initialBackoff.toNanos() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
        double capped = Math.min(grown, (double) maxBackoff.toNanos());
        return Duration.ofNanos((long) (capped * (1.0 - jitter * random)));
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " is " + value + "; use a positive duration such as PT1S");
        }
    }
}
