package dev.strata.benchmarks.kvstore;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link KVStoreBenchmark} and prints, per backend, each figure and its ratio to raw JDBC
 * insert-and-commit on the same database. Arguments are passed to JMH as an include pattern.
 */
public final class Ratios {

    private Ratios() {}

    public static void main(String[] args) throws RunnerException {
        String include = args.length > 0 ? args[0] : KVStoreBenchmark.class.getSimpleName();
        Collection<RunResult> results =
                new Runner(new OptionsBuilder().include(include).build()).run();

        Map<String, Map<String, Double>> byBackend = new TreeMap<>();
        for (RunResult result : results) {
            String backend = result.getParams().getParam("backend");
            String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            byBackend
                    .computeIfAbsent(backend, b -> new TreeMap<>())
                    .put(name, result.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.printf("%-12s %-20s %14s %12s%n", "backend", "operation", "ops/s", "x raw JDBC");
        byBackend.forEach((backend, scores) -> {
            double peer = scores.getOrDefault("rawInsertAndCommit", Double.NaN);
            scores.forEach((name, score) ->
                    System.out.printf("%-12s %-20s %14.1f %12.2f%n", backend, name, score, score / peer));
        });
    }
}
