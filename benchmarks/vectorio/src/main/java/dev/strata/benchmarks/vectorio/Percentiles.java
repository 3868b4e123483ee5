package dev.strata.benchmarks.vectorio;

import java.util.Arrays;

/**
 * The 50th and 99th percentile of a set of durations, in milliseconds, nearest rank.
 *
 * @param p50 the median
 * @param p99 the 99th percentile
 */
record Percentiles(double p50, double p99) {

    static Percentiles of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(millis(sorted, 0.50), millis(sorted, 0.99));
    }

    private static double millis(long[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
