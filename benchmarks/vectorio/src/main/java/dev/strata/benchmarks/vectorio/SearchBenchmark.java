package dev.strata.benchmarks.vectorio;

import java.util.List;

/**
 * Runs {@link StoreRound} at each size and prints its figures: the index's search latency next
 * to exact brute-force search in plain Java, and the index's recall@10 against it. Argument
 * {@code quick} (or {@code STRATA_BENCH_QUICK=true}) runs small sizes, as a smoke test.
 */
public final class SearchBenchmark {

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        boolean quick =
                (args.length > 0 && args[0].equals("quick")) || "true".equals(System.getenv("STRATA_BENCH_QUICK"));
        int[] sizes = quick ? new int[] {2_000, 10_000} : new int[] {10_000, 100_000};
        int warmups = quick ? 50 : 200;
        int queries = quick ? 200 : 1_000;

        System.out.printf(
                "Vector search, %d-dim unit vectors in %d clusters, %d queries of limit %d after %d"
                        + " warm-up, one thread, %d cores%s%n",
                ClusteredVectors.DIMENSION,
                ClusteredVectors.CLUSTERS,
                queries,
                StoreRound.LIMIT,
                warmups,
                Runtime.getRuntime().availableProcessors(),
                quick ? " (quick: not figures to quote)" : "");
        System.out.printf(
                "%-8s %-20s %8s %9s %11s %9s %11s %9s %10s %10s%n",
                "chunks",
                "search",
                "build s",
                "segments",
                "index p50",
                "p99 ms",
                "exact p50",
                "p99 ms",
                "x exact",
                "recall@10");
        for (int size : sizes) {
            List<StoreRound.Figures> figures = new StoreRound(size, warmups, queries).run();
            for (StoreRound.Figures row : figures) {
                System.out.printf(
                        "%-8d %-20s %8.1f %9d %11.3f %9.3f %11.3f %9.3f %10.1f %10.3f%n",
                        row.chunks(),
                        row.search(),
                        row.buildSeconds(),
                        row.segments(),
                        row.index().p50(),
                        row.index().p99(),
                        row.exact().p50(),
                        row.exact().p99(),
                        row.exact().p50() / row.index().p50(),
                        row.recall());
            }
        }
        System.out.println("x exact: the peer's p50 over the index's (higher is faster). build s: writing every"
                + " chunk durably, merges included.");
    }
}
