package dev.strata.scheduler.engine;

import dev.strata.api.common.JsonValues;
import dev.strata.api.scheduler.JobError;
import dev.strata.api.scheduler.JobFailedException;
import dev.strata.api.scheduler.JobProgress;
import java.time.Instant;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * What becomes of a job when an attempt ends, in order of precedence:
 *
 * <ol>
 *   <li>a cancel that reached the job wins over anything the executor did: cancelled;
 *   <li>a valid result completes the job, even if the thread was interrupted for a shutdown or
 *       a departing executor, since the work is done; but not after a timeout;
 *   <li>an attempt cut short by a shutdown or a departing executor goes back to pending,
 *       uncounted;
 *   <li>anything else (an exception, {@code null}, a result that is not JSON, a timeout) is a
 *       failed attempt: retried after a backoff while attempts remain, then failed.
 * </ol>
 *
 * <p>Stateless apart from its settings; thread-safe.
 */
final class AttemptRules {

    private final Supplier<EngineConfig> config;
    private final DoubleSupplier random;

    AttemptRules(Supplier<EngineConfig> config, DoubleSupplier random) {
        this.config = config;
        this.random = random;
    }

    /**
     * Returns the job's next record.
     *
     * @param current the record of the attempt, status running
     * @param cancelRequested whether the job was cancelled during the attempt
     * @param progress the progress last reported, or {@code null}
     * @param reason why the engine interrupted the attempt, or {@code null}
     */
    StoredJob next(
            StoredJob current,
            boolean cancelRequested,
            JobProgress progress,
            Interruption reason,
            Outcome outcome,
            Instant now) {
        if (cancelRequested) {
            return current.cancelled(progress, now);
        }
        Map<String, Object> result = validResult(outcome, reason);
        if (result != null) {
            return current.completed(result, progress, now);
        }
        if (reason == Interruption.SHUTDOWN || reason == Interruption.EXECUTOR_GONE) {
            return current.resumable(progress);
        }
        JobError error = errorOf(current, outcome, reason);
        boolean hopeless = reason != Interruption.TIMED_OUT
                && outcome instanceof Outcome.Threw threw
                && threw.failure() instanceof JobFailedException;
        if (hopeless || current.attempts() >= config.get().retry().maxAttempts()) {
            return current.failed(error, progress, now);
        }
        Instant retryAt = now.plus(config.get().retry().backoff(current.attempts(), random.getAsDouble()));
        return current.retrying(error, progress, retryAt);
    }

    private static Map<String, Object> validResult(Outcome outcome, Interruption reason) {
        if (reason == Interruption.TIMED_OUT || !(outcome instanceof Outcome.Returned returned)) {
            return null;
        }
        if (returned.result() == null) {
            return null;
        }
        try {
            return JsonValues.copyObject("result", returned.result());
        } catch (IllegalArgumentException notJson) {
            return null;
        }
    }

    private JobError errorOf(StoredJob current, Outcome outcome, Interruption reason) {
        if (reason == Interruption.TIMED_OUT) {
            return new JobError(
                    "attempt " + current.attempts() + " timed out after "
                            + config.get().timeout(current.type()).orElseThrow()
                            + ", the timeout of job type '" + current.type() + "'; raise it in the run config or "
                            + "let the executor save checkpoints and resume",
                    null);
        }
        if (outcome instanceof Outcome.Threw threw) {
            return JobError.of(threw.failure());
        }
        if (!(outcome instanceof Outcome.Returned returned)) {
            return new JobError("the attempt was interrupted before its executor was called", null);
        }
        Map<String, Object> result = returned.result();
        if (result == null) {
            return new JobError("the executor returned null; return a JSON object, possibly empty", null);
        }
        try {
            JsonValues.copyObject("result", result);
            return new JobError("the attempt failed for no known reason", null);
        } catch (IllegalArgumentException notJson) {
            return new JobError("the executor returned a result that is not JSON: " + notJson.getMessage(), null);
        }
    }
}
