package dev.strata.scheduler.engine;

import dev.strata.scheduler.engine.Dispatcher.Claim;

/**
 * One attempt of a job on one executor, and the only way the engine interrupts the thread that
 * runs it.
 *
 * <p>An interrupt lands only while the executor's {@code execute} is on the stack: requested
 * before, it keeps the executor from being called; requested after, it is dropped, and the
 * worker clears any interrupt that raced the return. So an interrupt meant for the executor
 * never hits the engine's own store writes. The first reason given is kept; a cancel is also
 * recorded on the job itself, which takes precedence when the attempt ends.
 */
final class JobRun {

    private final Claim claim;
    private final Object guard = new Object();
    private RunContext context;
    private TaskTimer.Cancellable timeout;
    private Thread thread;
    private boolean executing;
    private boolean ended;
    private Interruption reason;

    JobRun(Claim claim) {
        this.claim = claim;
    }

    Claim claim() {
        return claim;
    }

    ActiveJob job() {
        return claim.job();
    }

    ExecutorEntry executor() {
        return claim.executor();
    }

    RunContext context() {
        return context;
    }

    /** Sets what the attempt needs before it executes; called under the job's lock. */
    void prepare(RunContext runContext, TaskTimer.Cancellable timeoutTask) {
        context = runContext;
        timeout = timeoutTask;
    }

    /** Asks the executor to stop; returns {@code false} if the attempt already ended. */
    boolean interrupt(Interruption why) {
        synchronized (guard) {
            if (ended) {
                return false;
            }
            if (reason == null) {
                reason = why;
            }
            if (executing) {
                thread.interrupt();
            }
            return true;
        }
    }

    Interruption reason() {
        synchronized (guard) {
            return reason;
        }
    }

    /** Whether the attempt runs on the given thread, so a caller does not wait for itself. */
    boolean runsOn(Thread candidate) {
        synchronized (guard) {
            return thread == candidate;
        }
    }

    /** Calls the executor on the current thread, unless the attempt was interrupted already. */
    Outcome execute() {
        synchronized (guard) {
            if (reason != null) {
                return new Outcome.NotRun();
            }
            thread = Thread.currentThread();
            executing = true;
        }
        try {
            return new Outcome.Returned(executor().executor().execute(context));
        } catch (
                Throwable failure) { // an executor's error, even a linkage error of a stopped bundle, fails the attempt
            return new Outcome.Threw(failure);
        } finally {
            synchronized (guard) {
                executing = false;
                ended = true;
            }
            Thread.interrupted();
        }
    }

    /** Ends the attempt's context and timeout; called under the job's lock when it ends. */
    void close() {
        synchronized (guard) {
            ended = true;
        }
        if (context != null) {
            context.close();
        }
        if (timeout != null) {
            timeout.cancel();
        }
    }

    @Override
    public String toString() {
        return "attempt of " + job() + " on " + executor();
    }
}
