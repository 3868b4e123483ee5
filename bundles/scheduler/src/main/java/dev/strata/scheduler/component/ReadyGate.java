package dev.strata.scheduler.component;

import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ready gate of one scheduler (ARCHITECTURE.md §3): registers the scheduler's Condition
 * once no required executor is missing, and keeps it until {@link #close()}; an executor that
 * leaves later does not take it back, since the gate holds back the first start only.
 *
 * <p>Every check runs on {@code checks}, one thread of the scheduler's own, because
 * registering the Condition makes Declarative Services activate the scheduler's public
 * component in the registering thread: doing that inside a DS bind call, or while holding a
 * lock, invites deadlocks. Checks never run concurrently; only {@link #close()} meets them, on
 * {@code this}, and no lock is held while the registry is called.
 */
final class ReadyGate implements AutoCloseable {

    /** Registers a Condition service with the given {@code osgi.condition.id}. */
    interface ConditionRegistry {
        /** @return what unregisters it */
        Runnable register(String conditionId);
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReadyGate.class);

    private final String providerId;
    private final String conditionId;
    private final Supplier<Set<String>> missing;
    private final ConditionRegistry registry;
    private final Executor checks;

    /** Touched by check tasks only, which never overlap. */
    private Set<String> lastLogged;

    private boolean open;
    private boolean closed;
    private Runnable unregister;

    ReadyGate(
            String providerId,
            String conditionId,
            Supplier<Set<String>> missing,
            ConditionRegistry registry,
            Executor checks) {
        this.providerId = providerId;
        this.conditionId = conditionId;
        this.missing = missing;
        this.registry = registry;
        this.checks = checks;
    }

    /**
     * Looks again, soon, on the gate's thread; call after every change of executors. Does nothing
     * once closed: DS unbinds a component's dynamic references after deactivating it (DS 1.5,
     * section 112.5.16), when the gate's thread is gone.
     */
    void check() {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        try {
            checks.execute(this::evaluate);
        } catch (RejectedExecutionException closedMeanwhile) {
            LOG.debug("scheduler '{}' closed its gate during a check", providerId);
        }
    }

    /** Whether the Condition is registered. */
    synchronized boolean isOpen() {
        return open && !closed;
    }

    /** Unregisters the Condition, if registered; no later check registers it again. */
    @Override
    public void close() {
        Runnable registered;
        synchronized (this) {
            closed = true;
            registered = unregister;
            unregister = null;
        }
        if (registered != null) {
            registered.run();
        }
    }

    private void evaluate() {
        synchronized (this) {
            if (open || closed) {
                return;
            }
        }
        Set<String> waiting = missing.get();
        if (!waiting.isEmpty()) {
            logWaiting(waiting);
            return;
        }
        synchronized (this) {
            open = true;
        }
        LOG.info("scheduler '{}' has every required executor; it starts (condition {})", providerId, conditionId);
        keep(registry.register(conditionId));
    }

    private void keep(Runnable registered) {
        boolean lateForClose;
        synchronized (this) {
            lateForClose = closed;
            if (!closed) {
                unregister = registered;
            }
        }
        if (lateForClose) {
            registered.run();
        }
    }

    private void logWaiting(Set<String> waiting) {
        if (!waiting.equals(lastLogged)) {
            lastLogged = waiting;
            LOG.info("scheduler '{}' waits for executors of job types {} before it starts", providerId, waiting);
        }
    }
}
