package dev.strata.benchmarks.scheduler;

/**
 * How much each measurement does: the full run (about three minutes here), or a quick smoke check
 * that only shows everything works (its figures are not worth quoting).
 *
 * @param mode the name shown in the report
 * @param jmhWarmupSeconds the one JMH warm-up iteration's length
 * @param jmhIterations measured JMH iterations per benchmark
 * @param jmhSeconds the length of each
 * @param endToEndJobs jobs per end-to-end round
 * @param latencyWarmups jobs run before latencies are counted
 * @param latencySamples jobs whose latency is counted
 * @param restartBacklog pending jobs at each restart
 * @param warmupRounds dropped rounds of the end-to-end and restart measurements
 * @param measuredRounds rounds whose median is the figure
 */
record Sizes(
        String mode,
        int jmhWarmupSeconds,
        int jmhIterations,
        int jmhSeconds,
        int endToEndJobs,
        int latencyWarmups,
        int latencySamples,
        int restartBacklog,
        int warmupRounds,
        int measuredRounds) {

    static Sizes full() {
        return new Sizes("full", 3, 3, 3, 20_000, 500, 2_000, 100_000, 2, 5);
    }

    static Sizes quick() {
        return new Sizes("quick", 1, 1, 1, 2_000, 50, 200, 10_000, 0, 1);
    }
}
