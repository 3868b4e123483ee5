package dev.strata.scheduler.engine;

import dev.strata.api.kvstore.KVWrite;
import dev.strata.api.scheduler.JobRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Schedules jobs: checks their types, writes them in one batch, then queues them.
 *
 * <p>Each new job is in the active set, locked, before its write starts, so a cancel that finds
 * it (through a list, say) waits until the write is durable, and sees the job pending or, if the
 * write failed, unknown. Jobs of a batch are all durable or none is.
 */
final class Scheduling {

    private final JobIds ids;
    private final JobTable table;
    private final JobStore store;
    private final Dispatcher dispatcher;
    private final Queueing queueing;
    private final JobEventQueue events;

    Scheduling(
            JobIds ids,
            JobTable table,
            JobStore store,
            Dispatcher dispatcher,
            Queueing queueing,
            JobEventQueue events) {
        this.ids = ids;
        this.table = table;
        this.store = store;
        this.dispatcher = dispatcher;
        this.queueing = queueing;
        this.events = events;
    }

    /**
     * Schedules the requests, already checked for {@code null}, in one write.
     *
     * @return their ids, in order
     */
    List<String> schedule(List<JobRequest> requests) {
        for (JobRequest request : requests) {
            dispatcher.requireKnown(request.type(), request.allowWaiting());
        }
        List<ActiveJob> jobs = new ArrayList<>(requests.size());
        try {
            write(requests, jobs);
            for (ActiveJob job : jobs) {
                StoredJob record = job.record(store);
                job.becamePending(record);
                queueing.enqueue(job, null);
                events.publish(record.info());
            }
            return jobs.stream().map(ActiveJob::id).toList();
        } finally {
            jobs.forEach(ActiveJob::unlock);
        }
    }

    /** Prepares and writes the jobs; if anything fails, none of them stays in the active set. */
    private void write(List<JobRequest> requests, List<ActiveJob> jobs) {
        try {
            List<KVWrite> writes = new ArrayList<>(requests.size() * 3);
            for (JobRequest request : requests) {
                prepare(request, jobs, writes);
            }
            store.commit(writes);
        } catch (RuntimeException e) {
            for (ActiveJob job : jobs) {
                job.gone();
                table.remove(job);
            }
            throw e;
        }
    }

    private void prepare(JobRequest request, List<ActiveJob> jobs, List<KVWrite> writes) {
        JobIds.Issued issued = ids.next();
        String waitingFor = dispatcher.hasExecutor(request.type()) ? null : "no executor for type " + request.type();
        StoredJob record = StoredJob.scheduled(issued.id(), request, issued.createdAt(), waitingFor);
        ActiveJob job = ActiveJob.created(record);
        job.lock();
        jobs.add(job);
        table.put(job);
        store.addCreated(writes, record);
    }
}
