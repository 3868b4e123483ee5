package dev.strata.vectorio.store;

import dev.strata.api.scheduler.JobFailedException;
import dev.strata.api.vectorio.ChunkingStrategy;
import dev.strata.vectorio.catalog.ChunkingJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data of a {@code vector_store_file_batch} job: which provider, store and batch it runs,
 * and what the batch's record holds besides.
 *
 * @param providerId the vector IO provider that owns the store
 * @param storeId the store's id
 * @param batchId the batch's id
 * @param fileIds the files, in order
 * @param attributes the attributes every file gets
 * @param chunkingOrNull the batch's chunking, {@code null} for the store's
 */
record BatchJobData(
        String providerId,
        String storeId,
        String batchId,
        List<String> fileIds,
        Map<String, Object> attributes,
        ChunkingStrategy chunkingOrNull) {

    static final String PROVIDER_ID = "provider_id";
    static final String STORE_ID = "vector_store_id";
    static final String BATCH_ID = "batch_id";
    static final String FILE_IDS = "file_ids";
    static final String ATTRIBUTES = "attributes";
    static final String CHUNKING = "chunking_strategy";

    Map<String, Object> toData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(PROVIDER_ID, providerId);
        data.put(STORE_ID, storeId);
        data.put(BATCH_ID, batchId);
        data.put(FILE_IDS, fileIds);
        data.put(ATTRIBUTES, attributes);
        if (chunkingOrNull != null) {
            data.put(CHUNKING, ChunkingJson.toMap(chunkingOrNull));
        }
        return data;
    }

    /** The job's metadata, by which batches' jobs can be listed. */
    Map<String, Object> metadata() {
        return Map.of(BATCH_ID, batchId, STORE_ID, storeId, PROVIDER_ID, providerId);
    }

    /**
     * Reads job data.
     *
     * @throws JobFailedException if a field is missing or of the wrong kind: the job cannot run
     */
    @SuppressWarnings("unchecked")
    static BatchJobData from(Map<String, Object> data) {
        List<String> fileIds = (List<String>) require(data, FILE_IDS, List.class);
        Object attributes = data.getOrDefault(ATTRIBUTES, Map.of());
        Object chunking = data.get(CHUNKING);
        return new BatchJobData(
                text(data, PROVIDER_ID),
                text(data, STORE_ID),
                text(data, BATCH_ID),
                List.copyOf(fileIds),
                attributes instanceof Map<?, ?> map ? Map.copyOf((Map<String, Object>) map) : Map.of(),
                chunking == null ? null : ChunkingJson.fromMap(chunking));
    }

    /** The provider named by job data, or {@code null} if it names none. */
    static String providerOf(Map<String, Object> data) {
        return data.get(PROVIDER_ID) instanceof String id ? id : null;
    }

    private static String text(Map<String, Object> data, String key) {
        return (String) require(data, key, String.class);
    }

    private static Object require(Map<String, Object> data, String key, Class<?> type) {
        Object value = data.get(key);
        if (!type.isInstance(value)) {
            throw new JobFailedException(
                    "file batch job data has " + key + " = " + value + "; " + LuceneVectorIO.BATCH_JOBS_MADE_BY);
        }
        return value;
    }
}
