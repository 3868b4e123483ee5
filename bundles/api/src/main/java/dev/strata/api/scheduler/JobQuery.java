package dev.strata.api.scheduler;

import dev.strata.api.common.JsonValues;
import dev.strata.api.common.PageRequest;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Which jobs {@link JobScheduler#list(JobQuery)} returns: every condition given must hold.
 *
 * <p>Immutable: {@code metadata} is deep-copied with {@link JsonValues#copyObject}. Safe to
 * share between threads. Start from {@link #all()} and narrow with the {@code with} methods.
 *
 * @param type only jobs of this type; {@code null} for any type
 * @param status only jobs in this status; {@code null} for any status
 * @param metadata only jobs whose metadata has every one of these keys with an equal JSON
 *     value; {@code null} becomes empty, which matches every job
 * @param page which page to return; {@code null} becomes {@link PageRequest#first()}
 */
@ProviderType
public record JobQuery(String type, JobStatus status, Map<String, Object> metadata, PageRequest page) {

    /**
     * Validates the query and copies its map.
     *
     * @throws IllegalArgumentException if {@code type} is given and breaks the naming rule of
     *     {@link JobRequest#type()}, or {@code metadata} holds a value that is not JSON
     */
    public JobQuery {
        if (type != null) {
            JobTypes.requireType(type);
        }
        metadata = JsonValues.copyObject("metadata", metadata == null ? Map.of() : metadata);
        if (page == null) {
            page = PageRequest.first();
        }
    }

    /**
     * Returns the query for every job, first page, newest first.
     *
     * @return a query without conditions
     */
    public static JobQuery all() {
        return new JobQuery(null, null, null, null);
    }

    /**
     * Returns a copy of this query limited to one type.
     *
     * @param type the job type; {@code null} for any
     * @return a new query; this one is unchanged
     * @throws IllegalArgumentException if {@code type} breaks the naming rule
     */
    public JobQuery withType(String type) {
        return new JobQuery(type, status, metadata, page);
    }

    /**
     * Returns a copy of this query limited to one status.
     *
     * @param status the status; {@code null} for any
     * @return a new query; this one is unchanged
     */
    public JobQuery withStatus(JobStatus status) {
        return new JobQuery(type, status, metadata, page);
    }

    /**
     * Returns a copy of this query limited to jobs whose metadata matches.
     *
     * @param metadata keys and the values they must equal; {@code null} for no condition
     * @return a new query; this one is unchanged
     * @throws IllegalArgumentException if {@code metadata} holds a value that is not JSON
     */
    public JobQuery withMetadata(Map<String, ?> metadata) {
        return new JobQuery(type, status, metadata == null ? null : JsonValues.copyObject("metadata", metadata), page);
    }

    /**
     * Returns a copy of this query for another page.
     *
     * @param page the page; {@code null} for the first page
     * @return a new query; this one is unchanged
     */
    public JobQuery withPage(PageRequest page) {
        return new JobQuery(type, status, metadata, page);
    }
}
