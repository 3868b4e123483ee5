package dev.strata.itests.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.itests.process.Launcher.Result;
import dev.strata.itests.process.probe.CrashProbe;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ops4j.pax.tinybundles.InnerClassStrategy;
import org.ops4j.pax.tinybundles.TinyBundles;

/**
 * The whole process killed with {@code kill -9} while it works through 1,000 durable jobs, ten
 * times, and restarted with {@code bin/strata start} each time, after one graceful restart: in
 * the end every job is completed, none is lost, and only jobs that were running when a process
 * ended ran again. The jobs' executor is {@link CrashProbe}, dropped into {@code deploy/}; its
 * log says which process started and ended each run.
 */
class CrashRecoveryIT {

    private static final int JOBS = 1_000;
    private static final int KILLS = 10;
    private static final int MAX_CONCURRENT_JOBS = 4;
    private static final Duration WAIT = Duration.ofMinutes(3);

    private static final String RUN_CONFIG = """
            providers:
              job_scheduler:
                - provider_id: crash
                  provider_type: inline::scheduler
                  config:
                    kvstore: {backend: kv_default, namespace: crash}
                    max_concurrent_jobs: %d
                    required_executors: [%s]
                    shutdown_grace: 1s
            storage:
              backends:
                kv_default: {type: kv_derby, db_path: kvstore}
            """.formatted(MAX_CONCURRENT_JOBS, CrashProbe.TYPE);

    private static Launcher strata;

    @AfterAll
    static void stop() throws Exception {
        if (strata != null) {
            strata.strata("stop");
        }
    }

    @Test
    void everyJobCompletesOnceAcrossKills() throws Exception {
        strata = Launcher.unpack(Path.of(System.getProperty("strata.itests.work"), "crash"));
        Path home = strata.home();
        Path probe = home.resolve("data").resolve(CrashProbe.FOLDER);
        Files.writeString(home.resolve("etc/run.yaml"), RUN_CONFIG);
        Files.createDirectories(probe);
        Files.writeString(probe.resolve("seed"), String.valueOf(JOBS));
        deployProbe(home.resolve("deploy/crash-probe.jar"));

        start();
        awaitTrue("the probe to schedule its jobs", () -> Files.exists(probe.resolve("seeded")));
        List<String> seeded = Files.readAllLines(probe.resolve("seeded"));
        assertThat(seeded).hasSize(JOBS).doesNotHaveDuplicates();

        // One graceful restart: running jobs are interrupted, left pending and run again.
        awaitStarts(probe, 20);
        assertThat(strata.strata("stop").exitCode()).isZero();
        start();

        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<Long> killed = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            awaitStarts(probe, 10 + random.nextInt(40));
            killed.add(killServer(home));
            start();
        }

        awaitTrue("every job to end", () -> endedJobs(probe).containsAll(seeded));
        String stats = strata.strata("cmd", "job:stats").output();
        Map<String, Long> counts = countsOf(stats, CrashProbe.TYPE);
        assertThat(counts)
                .as("job:stats after %d kills (random seed %d):%n%s", KILLS, seed, stats)
                .containsEntry("completed", (long) JOBS)
                .containsEntry("pending", 0L)
                .containsEntry("running", 0L)
                .containsEntry("failed", 0L)
                .containsEntry("cancelled", 0L);
        assertOnlyInterruptedRunsRepeated(Files.readAllLines(probe.resolve("runs.log")), seeded, killed);
    }

    /**
     * Each job started at least once; no job started twice in one process; a job that started in
     * more than one process did so only after processes that ended with it running, and no
     * process left more jobs to run again than it could run at once.
     */
    private static void assertOnlyInterruptedRunsRepeated(List<String> log, List<String> seeded, List<Long> killed) {
        Map<String, List<Long>> startsByJob = new HashMap<>();
        Map<String, Set<Long>> endsByJob = new HashMap<>();
        for (String line : log) {
            String[] fields = line.split(" ");
            if (fields.length != 3) {
                continue; // a line cut short by a kill
            }
            long pid = Long.parseLong(fields[2]);
            if (fields[0].equals("start")) {
                startsByJob.computeIfAbsent(fields[1], id -> new ArrayList<>()).add(pid);
            } else {
                endsByJob.computeIfAbsent(fields[1], id -> new HashSet<>()).add(pid);
            }
        }
        assertThat(startsByJob.keySet()).containsExactlyInAnyOrderElementsOf(seeded);
        Map<Long, Integer> repeatedAfter = new HashMap<>();
        for (Map.Entry<String, List<Long>> job : startsByJob.entrySet()) {
            List<Long> processes = job.getValue();
            assertThat(new LinkedHashSet<>(processes))
                    .as("processes that started job %s", job.getKey())
                    .hasSameSizeAs(processes);
            for (Long earlier : processes.subList(0, processes.size() - 1)) {
                repeatedAfter.merge(earlier, 1, Integer::sum);
            }
        }
        assertThat(repeatedAfter.values()).allMatch(count -> count <= MAX_CONCURRENT_JOBS);
        assertThat(repeatedAfter.size()).isLessThanOrEqualTo(killed.size() + 1);
        long repeated = startsByJob.values().stream().filter(p -> p.size() > 1).count();
        System.out.printf(
                "Crash test: %d jobs, %d kills, %d runs, %d jobs ran again after their process ended%n",
                seeded.size(),
                killed.size(),
                startsByJob.values().stream().mapToInt(List::size).sum(),
                repeated);
        assertThat(endsByJob.keySet()).containsAll(seeded);
    }

    private static void start() throws Exception {
        Result started = strata.strata("start");
        assertThat(started.exitCode()).as(started.output()).isZero();
    }

    /** Kills the framework's JVM as a crash would, and returns its pid once it is gone. */
    private static long killServer(Path home) throws Exception {
        long pid = Long.parseLong(Files.readString(home.resolve("karaf.pid")).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));
        server.destroyForcibly();
        server.onExit().get(30, TimeUnit.SECONDS);
        return pid;
    }

    /** Waits until the probe has logged {@code more} run starts beyond those logged so far. */
    private static void awaitStarts(Path probe, int more) throws Exception {
        long target = starts(probe) + more;
        awaitTrue(
                more + " more job starts",
                () -> starts(probe) >= target || endedJobs(probe).size() >= JOBS);
    }

    private static long starts(Path probe) {
        return lines(probe).stream().filter(line -> line.startsWith("start ")).count();
    }

    private static Set<String> endedJobs(Path probe) {
        Set<String> ended = new HashSet<>();
        for (String line : lines(probe)) {
            String[] fields = line.split(" ");
            if (fields.length == 3 && fields[0].equals("end")) {
                ended.add(fields[1]);
            }
        }
        return ended;
    }

    private static List<String> lines(Path probe) {
        try {
            Path runs = probe.resolve("runs.log");
            return Files.exists(runs) ? Files.readAllLines(runs) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The counts per status of one job type in {@code job:stats}' table. */
    private static Map<String, Long> countsOf(String stats, String type) {
        List<String> header = null;
        for (String line : stats.lines().toList()) {
            List<String> cells =
                    List.of(line.split("\\|")).stream().map(String::strip).toList();
            if (!cells.isEmpty() && cells.get(0).equals("Type")) {
                header = cells;
            } else if (header != null && !cells.isEmpty() && cells.get(0).equals(type)) {
                Map<String, Long> counts = new HashMap<>();
                for (int i = 1; i < cells.size() && i < header.size(); i++) {
                    counts.put(header.get(i), Long.parseLong(cells.get(i)));
                }
                return counts;
            }
        }
        throw new AssertionError("No row for job type " + type + " in job:stats:\n" + stats);
    }

    private static void deployProbe(Path jar) throws Exception {
        try (InputStream bundle = TinyBundles.bundle()
                .symbolicName("dev.strata.itests.crash-probe")
                .setHeader("Bundle-ManifestVersion", "2")
                .setHeader("Bundle-Version", "1.0.0")
                .setHeader("Import-Package", "dev.strata.api.scheduler,org.osgi.framework,org.osgi.util.tracker")
                .addClass(CrashProbe.class, InnerClassStrategy.ALL)
                .activator(CrashProbe.class)
                .build(TinyBundles.rawBuilder())) {
            Files.copy(bundle, jar);
        }
    }

    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Gave up after " + WAIT.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
