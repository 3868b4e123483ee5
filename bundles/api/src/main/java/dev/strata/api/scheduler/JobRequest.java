package dev.strata.api.scheduler;

import dev.strata.api.common.JsonValues;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What to schedule: a job's type, its data and metadata, and whether it may wait for an
 * executor that is not there yet.
 *
 * <p>Immutable: {@code data} and {@code metadata} are deep-copied with {@link
 * JsonValues#copyObject}, so changing the maps passed in never changes the request. Safe to
 * share between threads.
 *
 * @param type the job type, which selects the executor (see {@link JobExecutor#JOB_TYPE}): 1
 *     to 128 letters, digits, {@code '.'}, {@code '_'}, {@code ':'} or {@code '-'}, starting
 *     with a letter or digit, for example {@code "vectorio.file-batch"}
 * @param data the input the executor reads, a JSON object; {@code null} becomes empty
 * @param metadata the caller's labels, a JSON object that {@link JobQuery} can filter on and
 *     the executor can read; {@code null} becomes empty
 * @param allowWaiting {@code true} to accept a type that no executor serves now, so the job
 *     waits until one is registered (hot deploy); {@code false} to refuse, with {@link
 *     UnknownJobTypeException}, a type that no executor has ever served and that is not a
 *     required executor of the scheduler's configuration, which catches misspelt types
 */
@ProviderType
public record JobRequest(String type, Map<String, Object> data, Map<String, Object> metadata, boolean allowWaiting) {

    /**
     * Validates the request and copies its maps.
     *
     * @throws IllegalArgumentException if {@code type} breaks the naming rule, or a map holds
     *     a value that is not JSON
     */
    public JobRequest {
        JobTypes.requireType(type);
        data = JsonValues.copyObject("data", data == null ? Map.of() : data);
        metadata = JsonValues.copyObject("metadata", metadata == null ? Map.of() : metadata);
    }

    /**
     * Returns a request that may wait for an executor, as {@link JobScheduler#schedule(String,
     * Map, Map)} makes.
     *
     * @param type the job type
     * @param data the executor's input; {@code null} for none
     * @param metadata the caller's labels; {@code null} for none
     * @return the request with {@code allowWaiting} {@code true}
     * @throws IllegalArgumentException as the constructor does
     */
    public static JobRequest of(String type, Map<String, ?> data, Map<String, ?> metadata) {
        return new JobRequest(type, copy("data", data), copy("metadata", metadata), true);
    }

    /**
     * Returns a copy of this request with {@code allowWaiting} changed.
     *
     * @param allowWaiting whether the job may wait for an executor that was never seen
     * @return a new request; this one is unchanged
     */
    public JobRequest withAllowWaiting(boolean allowWaiting) {
        return new JobRequest(type, data, metadata, allowWaiting);
    }

    private static Map<String, Object> copy(String name, Map<String, ?> map) {
        return map == null ? null : JsonValues.copyObject(name, map);
    }
}
