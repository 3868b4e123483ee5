package dev.strata.scheduler.engine;

import dev.strata.api.scheduler.JobExecutor;
import java.util.Set;

/**
 * One registered executor, as the OSGi wrapper describes its service: an identity (the
 * service id), a ranking and the types it serves.
 *
 * @param id the identity; ties of ranking go to the lowest, as the framework orders services
 * @param ranking the {@code service.ranking}; the highest wins a type
 * @param types the job types served, valid names only, not empty
 * @param executor the executor
 */
record ExecutorEntry(long id, int ranking, Set<String> types, JobExecutor executor) {

    /** Whether this entry wins a type over another that serves it too. */
    boolean outranks(ExecutorEntry other) {
        return ranking > other.ranking || (ranking == other.ranking && id < other.id);
    }

    @Override
    public String toString() {
        return "executor " + id + " (ranking " + ranking + ", types " + types + ")";
    }
}
