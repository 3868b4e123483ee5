package dev.strata.vectorio;

import dev.strata.api.scheduler.JobContext;
import dev.strata.api.scheduler.JobExecutor;
import dev.strata.api.vectorio.VectorIO;
import dev.strata.vectorio.store.LuceneVectorIO;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The whiteboard executor of {@value VectorIO#FILE_BATCH_JOB_TYPE} jobs: registered while at
 * least one vector IO provider of this bundle is active, it hands each job to the provider
 * named in the job's data. One executor serves every provider because the scheduler gives a
 * job type to one executor only (the highest ranked).
 */
@Component(service = JobExecutor.class, property = JobExecutor.JOB_TYPE + "=" + VectorIO.FILE_BATCH_JOB_TYPE)
public class FileBatchExecutorComponent implements JobExecutor {

    private final Map<String, FileBatches> providers = new ConcurrentHashMap<>();

    @Reference(
            name = "provider",
            service = FileBatches.class,
            cardinality = ReferenceCardinality.AT_LEAST_ONE,
            policy = ReferencePolicy.DYNAMIC)
    void bindProvider(FileBatches provider) {
        providers.put(provider.providerId(), provider);
    }

    void unbindProvider(FileBatches provider) {
        providers.remove(provider.providerId(), provider);
    }

    @Override
    public Map<String, Object> execute(JobContext context) throws Exception {
        String providerId = LuceneVectorIO.providerOf(context.data());
        FileBatches provider = providerId == null ? null : providers.get(providerId);
        if (provider == null) {
            throw new IllegalStateException("file batch job " + context.jobId() + " belongs to vector IO provider '"
                    + providerId + "', which is not running (running: " + providers.keySet() + "); it is retried,"
                    + " so start that provider again or cancel the job");
        }
        return provider.runFileBatch(context);
    }
}
