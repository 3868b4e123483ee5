package dev.strata.scheduler.engine;

import dev.strata.api.common.JsonValues;
import dev.strata.api.scheduler.JobContext;
import dev.strata.api.scheduler.JobProgress;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link JobContext} of one attempt. Progress stays in memory (the API makes it best
 * effort) and is written with the job's next durable change; a checkpoint is durable when
 * {@link #saveCheckpoint} returns.
 */
final class RunContext implements JobContext {

    private final JobRun run;
    private final StoredJob started;
    private final JobStore store;
    private final JobRunner runner;
    private volatile boolean closed;

    RunContext(JobRun run, StoredJob started, JobStore store, JobRunner runner) {
        this.run = run;
        this.started = started;
        this.store = store;
        this.runner = runner;
    }

    @Override
    public String jobId() {
        return started.id();
    }

    @Override
    public String type() {
        return started.type();
    }

    @Override
    public Map<String, Object> data() {
        return started.info().data();
    }

    @Override
    public Map<String, Object> metadata() {
        return started.info().metadata();
    }

    @Override
    public int attempt() {
        return started.attempts();
    }

    @Override
    public boolean isCancelled() {
        return run.job().isCancelRequested();
    }

    @Override
    public void progress(double fraction, String message) {
        requireOpen("report progress");
        run.job().reportProgress(new JobProgress(fraction, message));
    }

    @Override
    public void saveCheckpoint(Map<String, Object> checkpoint) {
        if (checkpoint == null) {
            throw new IllegalArgumentException(
                    "checkpoint of job " + jobId() + " is null; pass a JSON object, empty to clear what it holds");
        }
        Map<String, Object> copy = JsonValues.copyObject("checkpoint", checkpoint);
        runner.saveCheckpoint(run, copy);
    }

    @Override
    public Optional<Map<String, Object>> checkpoint() {
        StoredJob current = run.job().record(store);
        return Optional.ofNullable(current == null ? null : current.info().checkpoint());
    }

    /** Throws once the attempt has ended, as the API says. */
    void requireOpen(String action) {
        if (closed) {
            throw new IllegalStateException("attempt " + attempt() + " of job " + jobId() + " has ended; cannot "
                    + action + " after execute returned");
        }
    }

    void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return "context of attempt " + attempt() + " of job " + jobId();
    }
}
