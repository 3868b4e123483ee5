package dev.strata.itests;

import dev.strata.api.scheduler.JobScheduler;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The component of {@code OSGI-INF/optional-scheduler-consumer.xml}: counts its activations and
 * holds the scheduler it is bound to, so a test can see a later scheduler bound without the
 * component being restarted.
 */
public class OptionalSchedulerConsumer {

    /** Activations since the probe started. */
    static final AtomicInteger ACTIVATIONS = new AtomicInteger();

    private volatile JobScheduler scheduler;

    public void activate() {
        ACTIVATIONS.incrementAndGet();
    }

    public void bindScheduler(JobScheduler bound) {
        scheduler = bound;
    }

    public void unbindScheduler(JobScheduler unbound) {
        if (scheduler == unbound) {
            scheduler = null;
        }
    }

    JobScheduler scheduler() {
        return scheduler;
    }
}
