package dev.strata.benchmarks.inference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The memory the model needs: the resident set (VmRSS of /proc/self/status, heap and native
 * alike) of a fresh JVM that has loaded the model through the service and embedded once, less
 * that of the same JVM that has done everything but load the model.
 */
final class Memory {

    static final String CHILD = "--rss-child";

    private Memory() {}

    /** @return {without, with} in kB */
    static long[] measure() throws IOException, InterruptedException {
        return new long[] {child(false), child(true)};
    }

    /** The child's part: print VmRSS after the work. */
    static void report(boolean withModel) throws IOException {
        List<String> texts = Texts.of(64);
        if (withModel) {
            Contenders.service().embed(texts);
        }
        System.gc();
        System.out.println("RSS_KB " + rssKb());
    }

    private static long child(boolean withModel) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dai.djl.offline=true",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Ratios.class.getName(),
                        CHILD,
                        String.valueOf(withModel))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("the memory probe failed: " + output);
        }
        return output.lines()
                .filter(line -> line.startsWith("RSS_KB "))
                .mapToLong(line -> Long.parseLong(line.substring(7).trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the memory probe printed no RSS: " + output));
    }

    private static long rssKb() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst()
                .orElseThrow();
    }
}
