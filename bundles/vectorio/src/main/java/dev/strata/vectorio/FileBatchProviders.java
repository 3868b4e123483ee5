package dev.strata.vectorio;

import dev.strata.api.scheduler.JobContext;
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
     * @throws IllegalStateException if that provider is not active; the job is retried
     */
    static Map<String, Object> run(JobContext context) throws Exception {
        String providerId = LuceneVectorIO.providerOf(context.data());
        LuceneVectorIO provider = providerId == null ? null : ACTIVE.get(providerId);
        if (provider == null) {
            throw new IllegalStateException("file batch job " + context.jobId() + " belongs to vector IO provider '"
                    + providerId + "', which is not running (running: " + ACTIVE.keySet() + "); it is retried,"
                    + " so start that provider again or cancel the job");
        }
        return provider.runFileBatch(context);
    }
}
