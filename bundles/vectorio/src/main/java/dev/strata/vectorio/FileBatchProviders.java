package dev.strata.vectorio;

import dev.strata.api.scheduler.JobContext;
import dev.strata.api.scheduler.JobFailedException;
import dev.strata.vectorio.store.LuceneVectorIO;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The active vector IO providers of this bundle, by id, so that a file batch job reaches the
 * provider its data names whichever provider's executor the scheduler chose: the scheduler
 * gives a job type to one executor only (the highest ranked), and every provider registers
 * one for {@code vector_store_file_batch}. Thread-safe.
 */
final class FileBatchProviders {

    private static final Map<String, LuceneVectorIO> ACTIVE = new ConcurrentHashMap<>();

    private FileBatchProviders() {}

    static void add(LuceneVectorIO provider) {
        ACTIVE.put(provider.settings().providerId(), provider);
    }

    static void remove(LuceneVectorIO provider) {
        ACTIVE.remove(provider.settings().providerId(), provider);
    }

    /**
     * Runs one attempt of a batch's job on the provider its data names.
     *
     * @throws JobFailedException if the data names no provider: the job was not made by a
     *     provider, and retrying cannot help
     * @throws IllegalStateException if that provider is not active; the job is retried
     */
    static Map<String, Object> run(JobContext context) throws Exception {
        String providerId = LuceneVectorIO.providerOf(context.data());
        if (providerId == null) {
            throw new JobFailedException("file batch job " + context.jobId() + " names no vector IO provider in"
                    + " its data (provider_id); " + LuceneVectorIO.BATCH_JOBS_MADE_BY);
        }
        LuceneVectorIO provider = ACTIVE.get(providerId);
        if (provider == null) {
            throw new IllegalStateException("file batch job " + context.jobId() + " belongs to vector IO provider '"
                    + providerId + "', which is not running (running: " + ACTIVE.keySet() + "); the job is retried"
                    + " while it has attempts left, so start that provider again or cancel the job");
        }
        return provider.runFileBatch(context);
    }
}
