package dev.strata.scheduler.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The pending jobs that may run now, oldest first, one ordered queue per type, so that jobs of a
 * type without an executor are never scanned while another type's jobs are picked.
 *
 * <p>Picking the next job compares the heads of the queues of served types: O(types · log n),
 * with no store access. Not thread-safe: the {@link Dispatcher} guards it with its monitor.
 */
final class ReadyQueue {

    private final Map<String, TreeMap<String, ActiveJob>> byType = new HashMap<>();
    private int size;

    void add(ActiveJob job) {
        if (byType.computeIfAbsent(job.type(), type -> new TreeMap<>()).put(job.id(), job) == null) {
            size++;
        }
    }

    void remove(ActiveJob job) {
        TreeMap<String, ActiveJob> queue = byType.get(job.type());
        if (queue != null && queue.remove(job.id(), job)) {
            size--;
        }
    }

    /** Removes and returns the oldest job of the given types, or {@code null} if there is none. */
    ActiveJob pollOldest(Set<String> types) {
        TreeMap<String, ActiveJob> oldest = null;
        for (String type : types) {
            TreeMap<String, ActiveJob> queue = byType.get(type);
            if (queue != null
                    && !queue.isEmpty()
                    && (oldest == null || queue.firstKey().compareTo(oldest.firstKey()) < 0)) {
                oldest = queue;
            }
        }
        if (oldest == null) {
            return null;
        }
        size--;
        return oldest.pollFirstEntry().getValue();
    }

    int size() {
        return size;
    }
}
