package dev.strata.scheduler.engine;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The executors registered now and which one wins each type: the highest ranking, ties to the
 * lowest id, as {@link dev.strata.api.scheduler.JobExecutor} promises. Also remembers every
 * type ever served, which {@code schedule} accepts without {@code allowWaiting}.
 *
 * <p>Not thread-safe: the {@link Dispatcher} guards it with its monitor.
 */
final class ExecutorRegistry {

    private final Map<Long, ExecutorEntry> byId = new HashMap<>();
    private final Map<String, ExecutorEntry> winners = new HashMap<>();
    private final Set<String> everServed = new TreeSet<>();

    /** Adds an executor, or replaces the one with the same id. */
    void add(ExecutorEntry entry) {
        ExecutorEntry previous = byId.put(entry.id(), entry);
        Set<String> affected = new HashSet<>(entry.types());
        if (previous != null) {
            affected.addAll(previous.types());
        }
        affected.forEach(this::chooseWinner);
        everServed.addAll(entry.types());
    }

    /** Removes an executor; returns it, or {@code null} if none has the id. */
    ExecutorEntry remove(long id) {
        ExecutorEntry removed = byId.remove(id);
        if (removed != null) {
            removed.types().forEach(this::chooseWinner);
        }
        return removed;
    }

    /** The executor that runs jobs of a type now, or {@code null} when none serves it. */
    ExecutorEntry winner(String type) {
        return winners.get(type);
    }

    /** Whether the executor with the entry's id is still registered and still serves the type. */
    boolean serves(ExecutorEntry entry, String type) {
        ExecutorEntry current = byId.get(entry.id());
        return current != null && current.types().contains(type);
    }

    /** The types some executor serves now; a live view, read under the dispatcher's monitor. */
    Set<String> served() {
        return Collections.unmodifiableSet(winners.keySet());
    }

    Set<String> everServed() {
        return Collections.unmodifiableSet(everServed);
    }

    private void chooseWinner(String type) {
        ExecutorEntry best = null;
        for (ExecutorEntry candidate : byId.values()) {
            if (candidate.types().contains(type) && (best == null || candidate.outranks(best))) {
                best = candidate;
            }
        }
        if (best == null) {
            winners.remove(type);
        } else {
            winners.put(type, best);
        }
    }
}
