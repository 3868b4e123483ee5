package dev.strata.benchmarks.scheduler;

import java.util.Arrays;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Figure 5: schedule-to-start latency on a scheduler that is not saturated. A started scheduler
 * with its executor, on fresh storage; one thread schedules one job at a time and waits for its
 * durable completion before the next, so no job ever queues behind another. The executor notes
 * when it is entered; the latency is that instant minus the instant the schedule call returned
 * (and, second, minus the instant just before the call, which adds the durable enqueue).
 * Warm-up jobs are run first and not counted.
 */
final class Latency {

    /** Percentiles in milliseconds. */
    record Percentiles(double p50, double p99) {

        static Percentiles of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Percentiles(millis(sorted, 0.50), millis(sorted, 0.99));
        }

        /** The nearest-rank percentile. */
        private static double millis(long[] sorted, double fraction) {
            int rank = (int) Math.ceil(fraction * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }
    }

    /** The latencies from the call's return and from just before the call. */
    record Result(Percentiles fromReturn, Percentiles fromCall) {}

    private Latency() {}

    static Result measure(String scheduler, int warmups, int samples) {
        int total = warmups + samples;
        AtomicLongArray entered = new AtomicLongArray(total);
        Semaphore completed = new Semaphore(0);
        Contender contender = Contender.fresh(scheduler);
        try {
            contender.start(new Signals() {
                @Override
                public void entered(long n) {
                    entered.set((int) n, System.nanoTime());
                }

                @Override
                public void completed(long n) {
                    completed.release();
                }
            });
            long[] fromReturn = new long[samples];
            long[] fromCall = new long[samples];
            for (int n = 0; n < total; n++) {
                long before = System.nanoTime();
                contender.schedule(n);
                long returned = System.nanoTime();
                Await.permit(completed, "job " + n + " of " + scheduler + " completed");
                if (n >= warmups) {
                    fromReturn[n - warmups] = entered.get(n) - returned;
                    fromCall[n - warmups] = entered.get(n) - before;
                }
            }
            return new Result(Percentiles.of(fromReturn), Percentiles.of(fromCall));
        } finally {
            contender.close();
            contender.drop();
        }
    }
}
