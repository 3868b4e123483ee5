package dev.strata.benchmarks.scheduler;

import java.util.concurrent.CountDownLatch;

/**
 * Figure 4: no-op jobs per second, end to end. A started scheduler with its executor, on fresh
 * storage; the clock starts, one thread schedules the jobs in batches of {@value #BATCH} while
 * the scheduler runs them, and the clock stops when the last completion is durable (Strata's
 * listener hears the completed state, db-scheduler's hears the row removed).
 */
final class EndToEnd {

    static final int BATCH = 100;

    private EndToEnd() {}

    static double jobsPerSecond(String scheduler, int jobs) {
        Contender contender = Contender.fresh(scheduler);
        try {
            CountDownLatch completed = new CountDownLatch(jobs);
            contender.start(new Signals() {
                @Override
                public void completed(long n) {
                    completed.countDown();
                }
            });
            long start = System.nanoTime();
            for (long n = 0; n < jobs; n += BATCH) {
                contender.scheduleBatch(n, (int) Math.min(BATCH, jobs - n));
            }
            Await.latch(completed, "all " + jobs + " jobs of " + scheduler + " completed");
            return jobs / ((System.nanoTime() - start) / 1e9);
        } finally {
            contender.close();
            contender.drop();
        }
    }
}
