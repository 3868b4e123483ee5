package dev.strata.benchmarks.scheduler;

import java.util.Arrays;
import java.util.function.DoubleSupplier;

/**
 * Rounds of a measurement that JMH does not fit: warm-up rounds, whose results are shown and
 * dropped, then measured rounds, whose median is the figure. Each round begins with a PostgreSQL
 * checkpoint and prints its result, so a noisy round is seen rather than hidden.
 */
final class Rounds {

    private Rounds() {}

    static double median(String what, int warmups, int measured, DoubleSupplier round) {
        for (int i = 1; i <= warmups; i++) {
            Postgres.checkpoint();
            System.out.printf("  %s, warm-up %d: %.3f%n", what, i, round.getAsDouble());
        }
        double[] results = new double[measured];
        for (int i = 0; i < measured; i++) {
            Postgres.checkpoint();
            results[i] = round.getAsDouble();
            System.out.printf("  %s, round %d: %.3f%n", what, i + 1, results[i]);
        }
        Arrays.sort(results);
        int middle = measured / 2;
        return measured % 2 == 1 ? results[middle] : (results[middle - 1] + results[middle]) / 2;
    }
}
