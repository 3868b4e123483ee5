package dev.strata.benchmarks.scheduler;

import dev.strata.benchmarks.scheduler.Figure.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every figure for both schedulers, one scheduler at a time, and prints them with their
 * ratios and targets (see {@code run.sh} for what each figure is). The argument {@code quick},
 * or {@code STRATA_BENCH_QUICK=true}, makes a short smoke run.
 */
public final class Ratios {

    private Ratios() {}

    public static void main(String[] args) throws RunnerException {
        boolean quick = (args.length > 0 && args[0].equals("quick"))
                || Boolean.parseBoolean(System.getenv("STRATA_BENCH_QUICK"));
        Sizes sizes = quick ? Sizes.quick() : Sizes.full();
        StrataContender.dropLeftovers();
        Map<String, Double> enqueues = enqueues(sizes);

        List<Figure> figures = new ArrayList<>();
        figures.add(enqueueFigure("1 durable enqueues, 1 thread", enqueues, "oneThread", Target.ratioAtLeast(1.0)));
        figures.add(enqueueFigure("2 durable enqueues, 4 threads", enqueues, "fourThreads", Target.ratioAtLeast(3.0)));
        figures.add(
                enqueueFigure("3 batch enqueue, 100 jobs a call", enqueues, "batchOf100", Target.ratioAtLeast(1.0)));
        figures.add(scaling(enqueues));
        figures.add(endToEnd(sizes));
        figures.addAll(latency(sizes));
        figures.add(restart(sizes));
        Report.print(sizes, figures);
    }

    /** Figures 1 to 3 through JMH, by benchmark method and scheduler. */
    private static Map<String, Double> enqueues(Sizes sizes) throws RunnerException {
        var options = new OptionsBuilder()
                .include(EnqueueBenchmark.class.getName())
                .warmupIterations(1)
                .warmupTime(TimeValue.seconds(sizes.jmhWarmupSeconds()))
                .measurementIterations(sizes.jmhIterations())
                .measurementTime(TimeValue.seconds(sizes.jmhSeconds()))
                .build();
        Map<String, Double> scores = new HashMap<>();
        for (RunResult result : new Runner(options).run()) {
            String method = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            String scheduler = result.getParams().getParam("scheduler");
            scores.put(method + "/" + scheduler, result.getPrimaryResult().getScore());
        }
        return scores;
    }

    private static Figure enqueueFigure(String name, Map<String, Double> scores, String method, Target target) {
        return new Figure(
                name,
                "jobs/s",
                true,
                scores.get(method + "/" + StrataContender.NAME),
                scores.get(method + "/" + DbSchedulerContender.NAME),
                target);
    }

    /** For insight: how much four threads gain over one, for each scheduler. */
    private static Figure scaling(Map<String, Double> scores) {
        ToDoubleFunction<String> gain =
                scheduler -> scores.get("fourThreads/" + scheduler) / scores.get("oneThread/" + scheduler);
        return new Figure(
                "  (2 over 1: gain of 4 threads over 1)",
                "x",
                true,
                gain.applyAsDouble(StrataContender.NAME),
                gain.applyAsDouble(DbSchedulerContender.NAME),
                null);
    }

    private static Figure endToEnd(Sizes sizes) {
        double[] values = new double[2];
        for (int i = 0; i < 2; i++) {
            String scheduler = Contender.NAMES.get(i);
            System.out.printf("%n# figure 4, no-op jobs end to end: %s, %d jobs%n", scheduler, sizes.endToEndJobs());
            values[i] = Rounds.median(
                    scheduler + " end to end, jobs/s",
                    sizes.warmupRounds(),
                    sizes.measuredRounds(),
                    () -> EndToEnd.jobsPerSecond(scheduler, sizes.endToEndJobs()));
        }
        return new Figure("4 no-op jobs end to end", "jobs/s", true, values[0], values[1], Target.ratioAtLeast(2.0));
    }

    private static List<Figure> latency(Sizes sizes) {
        Latency.Result[] results = new Latency.Result[2];
        for (int i = 0; i < 2; i++) {
            String scheduler = Contender.NAMES.get(i);
            System.out.printf(
                    "%n# figure 5, schedule-to-start latency: %s, %d jobs one at a time%n",
                    scheduler, sizes.latencySamples());
            results[i] = Latency.measure(scheduler, sizes.latencyWarmups(), sizes.latencySamples());
        }
        Latency.Result strata = results[0];
        Latency.Result peer = results[1];
        return List.of(
                new Figure(
                        "5 schedule-to-start p50, from return",
                        "ms",
                        false,
                        strata.fromReturn().p50(),
                        peer.fromReturn().p50(),
                        Target.strataAtMost(1.0)),
                new Figure(
                        "5 schedule-to-start p99, from return",
                        "ms",
                        false,
                        strata.fromReturn().p99(),
                        peer.fromReturn().p99(),
                        null),
                new Figure(
                        "  (p50 from just before the call)",
                        "ms",
                        false,
                        strata.fromCall().p50(),
                        peer.fromCall().p50(),
                        null),
                new Figure(
                        "  (p99 from just before the call)",
                        "ms",
                        false,
                        strata.fromCall().p99(),
                        peer.fromCall().p99(),
                        null));
    }

    private static Figure restart(Sizes sizes) {
        double[] values = new double[2];
        for (int i = 0; i < 2; i++) {
            String scheduler = Contender.NAMES.get(i);
            System.out.printf(
                    "%n# figure 6, restart to first running job: %s, %d pending%n", scheduler, sizes.restartBacklog());
            values[i] =
                    Restart.seconds(scheduler, sizes.restartBacklog(), sizes.warmupRounds(), sizes.measuredRounds());
        }
        String name = String.format("6 restart to first job, %,d pending", sizes.restartBacklog());
        return new Figure(name, "s", false, values[0], values[1], Target.strataAtMost(2.0));
    }
}
