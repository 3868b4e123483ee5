package dev.strata.benchmarks.inference;

import dev.strata.benchmarks.inference.Contenders.Embedder;
import java.util.Arrays;
import java.util.List;

/**
 * Texts per second through the bare model and through the service, alternating in rounds after
 * a warm-up so that neither profits from running second, then the model's memory. Prints the
 * median of each and the ratio; figures, not a gate.
 */
public final class Ratios {

    private static final int TEXTS = 256;

    private Ratios() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals(Memory.CHILD)) {
            Memory.report(Boolean.parseBoolean(args[1]));
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        List<String> texts = Texts.of(TEXTS);
        Embedder bare = Contenders.bare();
        Embedder service = Contenders.service();
        System.out.printf("warm-up: %d texts through each, twice%n", TEXTS);
        for (int i = 0; i < 2; i++) {
            bare.embed(texts);
            service.embed(texts);
        }
        double[] bareRates = new double[rounds];
        double[] serviceRates = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            boolean bareFirst = round % 2 == 0;
            double first = rate(bareFirst ? bare : service, texts);
            double second = rate(bareFirst ? service : bare, texts);
            bareRates[round] = bareFirst ? first : second;
            serviceRates[round] = bareFirst ? second : first;
            System.out.printf(
                    "round %d: bare %.1f texts/s, service %.1f texts/s%n",
                    round + 1, bareRates[round], serviceRates[round]);
        }
        double bareMedian = median(bareRates);
        double serviceMedian = median(serviceRates);
        System.out.printf("%nmedian of %d rounds of %d texts (8 to 30 words each)%n", rounds, TEXTS);
        System.out.printf("  bare model (langchain4j, called directly)  %8.1f texts/s%n", bareMedian);
        System.out.printf("  Inference service (inline::onnx)           %8.1f texts/s%n", serviceMedian);
        System.out.printf(
                "  service / bare                             %8.3f (overhead %+.1f%%, target at most +5%%)%n",
                serviceMedian / bareMedian, (bareMedian / serviceMedian - 1) * 100);
        long[] rss = Memory.measure();
        System.out.printf("%nresident set (VmRSS) of a fresh JVM after embedding 64 texts%n");
        System.out.printf("  without the model  %7.1f MB%n", rss[0] / 1024.0);
        System.out.printf("  with the model     %7.1f MB%n", rss[1] / 1024.0);
        System.out.printf("  the model needs    %7.1f MB%n", (rss[1] - rss[0]) / 1024.0);
        System.exit(0);
    }

    private static double rate(Embedder embedder, List<String> texts) {
        long start = System.nanoTime();
        int vectors = embedder.embed(texts);
        long elapsed = System.nanoTime() - start;
        if (vectors != texts.size()) {
            throw new IllegalStateException(vectors + " vectors for " + texts.size() + " texts");
        }
        return texts.size() / (elapsed / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
