package dev.strata.vectorio.store;

import dev.strata.api.common.Page;
import dev.strata.api.scheduler.JobContext;
import dev.strata.api.scheduler.JobError;
import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobQuery;
import dev.strata.api.scheduler.JobRequest;
import dev.strata.api.scheduler.JobScheduler;
import dev.strata.api.scheduler.JobStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A scheduler that only records what it is asked to schedule; a test runs each job's attempt
 * itself, through a {@link Context}, so that it decides when cancellation and restarts happen.
 */
final class FakeScheduler implements JobScheduler {

    final List<JobRequest> scheduled = new CopyOnWriteArrayList<>();
    final Map<String, Context> contexts = new ConcurrentHashMap<>();

    @Override
    public String schedule(String type, Map<String, Object> data, Map<String, Object> metadata) {
        return schedule(JobRequest.of(type, data, metadata));
    }

    @Override
    public String schedule(JobRequest request) {
        String id = "job-" + scheduled.size();
        scheduled.add(request);
        contexts.put(id, new Context(id, request));
        return id;
    }

    @Override
    public List<String> scheduleAll(List<JobRequest> requests) {
        return requests.stream().map(this::schedule).toList();
    }

    @Override
    public Optional<JobInfo> get(String id) {
        Context context = contexts.get(id);
        if (context == null) {
            return Optional.empty();
        }
        if (context.failedWith.get() != null) {
            return Optional.of(new JobInfo(
                    id,
                    context.request.type(),
                    context.request.data(),
                    context.request.metadata(),
                    JobStatus.FAILED,
                    3,
                    null,
                    null,
                    null,
                    new JobError(context.failedWith.get(), ""),
                    Instant.EPOCH,
                    null,
                    Instant.EPOCH,
                    null));
        }
        return Optional.of(new JobInfo(
                id,
                context.request.type(),
                context.request.data(),
                context.request.metadata(),
                context.isCancelled() ? JobStatus.CANCELLED : JobStatus.PENDING,
                0,
                null,
                null,
                null,
                null,
                Instant.EPOCH,
                null,
                context.isCancelled() ? Instant.EPOCH : null,
                null));
    }

    @Override
    public Page<JobInfo> list(JobQuery query) {
        return Page.empty();
    }

    @Override
    public boolean cancel(String id) {
        Context context = contexts.get(id);
        if (context == null) {
            return false;
        }
        context.cancelled.set(true);
        return true;
    }

    @Override
    public boolean delete(String id) {
        return false;
    }

    @Override
    public boolean retry(String id) {
        return false;
    }

    /** The only job's context. */
    Context onlyJob() {
        if (contexts.size() != 1) {
            throw new AssertionError("expected one job, got " + contexts.keySet());
        }
        return contexts.values().iterator().next();
    }

    /** A job's context across attempts: the checkpoint stays, as the scheduler keeps it. */
    static final class Context implements JobContext {

        final String id;
        final JobRequest request;
        final AtomicBoolean cancelled = new AtomicBoolean();
        final AtomicReference<String> failedWith = new AtomicReference<>();
        final AtomicReference<Map<String, Object>> checkpoint = new AtomicReference<>();
        final AtomicReference<String> lastProgress = new AtomicReference<>();
        volatile Runnable afterCheckpoint = () -> {};

        Context(String id, JobRequest request) {
            this.id = id;
            this.request = request;
        }

        @Override
        public String jobId() {
            return id;
        }

        @Override
        public String type() {
            return request.type();
        }

        @Override
        public Map<String, Object> data() {
            return request.data();
        }

        @Override
        public Map<String, Object> metadata() {
            return request.metadata();
        }

        @Override
        public int attempt() {
            return 1;
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        @Override
        public void progress(double fraction, String message) {
            lastProgress.set(message);
        }

        @Override
        public void saveCheckpoint(Map<String, Object> value) {
            checkpoint.set(Map.copyOf(value));
            afterCheckpoint.run();
        }

        @Override
        public Optional<Map<String, Object>> checkpoint() {
            return Optional.ofNullable(checkpoint.get());
        }
    }
}
