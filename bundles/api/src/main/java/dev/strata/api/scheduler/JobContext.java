package dev.strata.api.scheduler;

import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What an executor knows about the job it runs, and how it talks back to the scheduler:
 * cancellation, progress and checkpoints.
 *
 * <p>The scheduler creates one context per attempt and passes it to {@link
 * JobExecutor#execute(JobContext)}. Its methods may be called from any thread, including
 * threads the executor starts, until {@code execute} returns; after that, {@link
 * #progress(double, String)} and {@link #saveCheckpoint(Map)} throw {@link
 * IllegalStateException}. Maps it returns are unmodifiable snapshots.
 */
@ProviderType
public interface JobContext {

    /**
     * Returns the job's id.
     *
     * @return the id, never {@code null}
     */
    String jobId();

    /**
     * Returns the job's type, one of those the executor registered under {@link
     * JobExecutor#JOB_TYPE}.
     *
     * @return the type, never {@code null}
     */
    String type();

    /**
     * Returns the job's data as it was scheduled.
     *
     * @return an unmodifiable JSON object, never {@code null}, possibly empty
     */
    Map<String, Object> data();

    /**
     * Returns the job's metadata as it was scheduled.
     *
     * @return an unmodifiable JSON object, never {@code null}, possibly empty
     */
    Map<String, Object> metadata();

    /**
     * Returns which attempt this is: 1 for the first run, 2 for the first retry, and so on.
     * An attempt cut short by a shutdown or a departing executor is not counted, so a resumed
     * job may see the same number again.
     *
     * @return the attempt, 1 or more
     */
    int attempt();

    /**
     * Returns whether the job was cancelled. Once {@code true} it stays {@code true}; the
     * executor should stop soon, saving nothing it does not need. Cheap enough to call in a
     * tight loop.
     *
     * @return {@code true} once cancellation was requested
     */
    boolean isCancelled();

    /**
     * Reports how far the job has come, for operators and clients to watch. Best effort: the
     * scheduler may record only the latest of rapid reports, and progress is not guaranteed to
     * survive a crash, unlike a checkpoint.
     *
     * @param fraction the share of the work done, from 0 to 1 inclusive
     * @param message what the executor is doing; may be {@code null}
     * @throws IllegalArgumentException if {@code fraction} is not a number from 0 to 1
     * @throws IllegalStateException if {@code execute} has already returned
     */
    void progress(double fraction, String message);

    /**
     * Saves a checkpoint, replacing the previous one. It is durable when this method returns:
     * if the process dies afterwards, the next attempt reads it from {@link #checkpoint()}
     * and can resume from there instead of starting over.
     *
     * @param checkpoint a JSON object, not {@code null}; deep-copied, so later changes to it
     *     are not saved
     * @throws IllegalArgumentException if {@code checkpoint} is {@code null} or holds a value
     *     that is not JSON
     * @throws IllegalStateException if {@code execute} has already returned
     * @throws RuntimeException the scheduler's storage failure, for example a {@code
     *     KVStoreException}; the previous checkpoint stays in place
     */
    void saveCheckpoint(Map<String, Object> checkpoint);

    /**
     * Returns the last checkpoint saved for this job, by this attempt or an earlier one,
     * including one saved before a crash or restart.
     *
     * @return the checkpoint as an unmodifiable JSON object, or empty if none was saved
     */
    Optional<Map<String, Object>> checkpoint();
}
