package dev.strata.benchmarks.scheduler;

import java.util.concurrent.CountDownLatch;

/**
 * Figure 6: restart to the first running job with a backlog. The backlog is persisted in batches
 * of {@value #BATCH} by a scheduler that runs nothing, which is then closed. Each round opens a
 * new scheduler on that storage (its connection pool included), registers the executor, starts
 * it, and stops the clock when the executor is first entered; the scheduler is then closed,
 * having run a few jobs of the backlog, which the next round does not miss.
 */
final class Restart {

    static final int BATCH = 1_000;

    private Restart() {}

    static double seconds(String scheduler, int backlog, int warmups, int rounds) {
        Contender first = Contender.fresh(scheduler);
        try {
            long start = System.nanoTime();
            for (long n = 0; n < backlog; n += BATCH) {
                first.scheduleBatch(n, (int) Math.min(BATCH, backlog - n));
            }
            System.out.printf(
                    "  %s persisted %d pending jobs in %.1f s%n",
                    scheduler, backlog, (System.nanoTime() - start) / 1e9);
        } finally {
            first.close();
        }
        try {
            return Rounds.median(scheduler + " restart, s", warmups, rounds, () -> restart(first));
        } finally {
            first.drop();
        }
    }

    private static double restart(Contender stored) {
        CountDownLatch entered = new CountDownLatch(1);
        long start = System.nanoTime();
        Contender again = stored.reopen();
        try {
            again.start(new Signals() {
                @Override
                public void entered(long n) {
                    entered.countDown();
                }
            });
            Await.latch(entered, "the first job of " + stored.name() + " after a restart started");
            return (System.nanoTime() - start) / 1e9;
        } finally {
            again.close();
        }
    }
}
