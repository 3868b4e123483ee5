package dev.strata.vectorio;

import dev.strata.api.scheduler.JobContext;
import java.util.Map;

/**
 * Runs the file batches of one vector IO provider. Each provider registers itself under this
 * bundle-private interface, and {@link FileBatchExecutorComponent} hands each batch job to the
 * provider its data names.
 */
interface FileBatches {

    /** The provider's id. */
    String providerId();

    /** Runs one attempt of a batch's job; see {@code LuceneVectorIO#runFileBatch}. */
    Map<String, Object> runFileBatch(JobContext context) throws Exception;
}
