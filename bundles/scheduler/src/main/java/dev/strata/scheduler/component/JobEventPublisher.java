package dev.strata.scheduler.component;

import dev.strata.api.common.ProviderProperties;
import dev.strata.api.scheduler.JobEvents;
import dev.strata.api.scheduler.JobInfo;
import dev.strata.scheduler.engine.JobListener;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Posts one EventAdmin event per job status change on the topics of {@link JobEvents}, when an
 * EventAdmin is there; without one, changes are not published (the optional API of
 * ARCHITECTURE.md §2). The engine calls it on its event thread, after the change is durable;
 * {@code postEvent} is asynchronous (Event Admin 113.7.1), so it never blocks the engine.
 */
final class JobEventPublisher implements JobListener {

    private final String providerId;
    private final AtomicReference<EventAdmin> eventAdmin = new AtomicReference<>();

    JobEventPublisher(String providerId) {
        this.providerId = providerId;
    }

    void bind(EventAdmin admin) {
        eventAdmin.set(admin);
    }

    /** Only the bound one: with a greedy reference the replacement may be bound first. */
    void unbind(EventAdmin admin) {
        eventAdmin.compareAndSet(admin, null);
    }

    @Override
    public void jobChanged(JobInfo job) {
        EventAdmin admin = eventAdmin.get();
        if (admin != null) {
            admin.postEvent(event(job));
        }
    }

    Event event(JobInfo job) {
        return new Event(
                JobEvents.topic(job.status()),
                Map.of(
                        JobEvents.JOB_ID, job.id(),
                        JobEvents.JOB_TYPE, job.type(),
                        JobEvents.JOB_STATUS, job.status().wireName(),
                        ProviderProperties.PROVIDER_ID, providerId));
    }
}
