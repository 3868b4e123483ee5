package dev.strata.itests.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.itests.process.Launcher.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The main job through the whole process, crashed: {@code vs:ingest} puts pages of the
 * PostgreSQL manual into a vector store as one file batch, the JVM is killed with {@code kill
 * -9} twice while the batch runs and started again each time; in the end the batch completed
 * with every file counted once, the store's index holds each chunk once, and search finds the
 * page that explains a concept.
 */
class VectorIngestCrashIT {

    private static final Path MANUAL = Path.of("/usr/share/doc/postgresql-doc-15/html");
    private static final int PAGES = 80;
    private static final int KILLS = 2;
    private static final Duration WAIT = Duration.ofMinutes(5);
    private static final Pattern BATCH_ID = Pattern.compile("\\b(vsfb_[0-9a-f]+)\\b");
    private static final Pattern COUNTS = Pattern.compile("(\\d+) completed, (\\d+) failed, (\\d+) cancelled");

    private static Launcher strata;

    @AfterAll
    static void stop() throws Exception {
        if (strata != null) {
            strata.strata("stop");
        }
    }

    @Test
    void aBatchKilledTwiceCompletesWithExactCountsAndNoDuplicateChunks() throws Exception {
        boolean required = Boolean.parseBoolean(System.getenv("STRATA_REQUIRE_SERVICES"));
        if (!required) {
            Assumptions.assumeTrue(Files.isDirectory(MANUAL), "Debian's postgresql-doc-15 is not installed");
        }
        List<Path> pages = pages();
        strata = Launcher.unpack(Path.of(System.getProperty("strata.itests.work"), "ingest-crash"));
        Path home = strata.home();
        start();
        assertThat(cmd("vs:create manual")).contains("vs_");

        String ingest = cmd("vs:ingest --no-wait manual "
                + String.join(" ", pages.stream().map(Path::toString).toList()));
        Matcher batchId = BATCH_ID.matcher(ingest);
        assertThat(batchId.find()).as(ingest).isTrue();
        String batch = batchId.group(1);

        Random random = new Random();
        for (int kill = 0; kill < KILLS; kill++) {
            long target = done(batch) + 5 + random.nextInt(15);
            awaitTrue("more files of the batch to be done", () -> done(batch) >= Math.min(target, PAGES));
            killServer(home);
            start();
        }
        awaitTrue(
                "the batch to finish",
                () -> !cmd("vs:batch --no-wait manual " + batch).contains("in progress"));

        String summary = cmd("vs:batch --no-wait manual " + batch);
        Matcher counts = COUNTS.matcher(summary);
        assertThat(counts.find()).as(summary).isTrue();
        assertThat(Integer.parseInt(counts.group(1))).as(summary).isEqualTo(PAGES);
        assertThat(counts.group(2) + " failed, " + counts.group(3) + " cancelled")
                .isEqualTo("0 failed, 0 cancelled");
        String search = cmd("vs:search --limit 5 manual how do I reclaim the disk space held by dead rows");
        assertThat(search).contains("routine-vacuuming.html");

        String storeId = storeId(cmd("vs:info manual"));
        assertThat(strata.strata("stop").exitCode()).isZero();
        ChunkTally tally = ChunkTally.of(home.resolve("data/vectorio/lucene").resolve(storeId));
        assertThat(tally.duplicated())
                .as("chunk ids on more than one live document")
                .isZero();
        assertThat(tally.files()).as("files with chunks").isEqualTo(PAGES);
        System.out.printf(
                "Ingest crash test: %d pages, %d kills, %d chunks, none twice%n", PAGES, KILLS, tally.chunks());
    }

    /** A fixed subset of the manual: the page the search must find and the first pages by name. */
    private static List<Path> pages() throws Exception {
        try (Stream<Path> files = Files.list(MANUAL)) {
            List<Path> first = files.filter(path -> path.toString().endsWith(".html"))
                    .filter(path -> !path.getFileName().toString().equals("routine-vacuuming.html"))
                    .sorted()
                    .limit(PAGES - 1)
                    .toList();
            return Stream.concat(Stream.of(MANUAL.resolve("routine-vacuuming.html")), first.stream())
                    .toList();
        }
    }

    private static long done(String batch) {
        Matcher counts = COUNTS.matcher(cmd("vs:batch --no-wait manual " + batch));
        if (!counts.find()) {
            return 0;
        }
        return Long.parseLong(counts.group(1)) + Long.parseLong(counts.group(2)) + Long.parseLong(counts.group(3));
    }

    private static String storeId(String info) {
        Matcher id = Pattern.compile("\\b(vs_[0-9a-f]+)\\b").matcher(info);
        assertThat(id.find()).as(info).isTrue();
        return id.group(1);
    }

    private static String cmd(String command) {
        try {
            Result result = strata.strata("cmd", command);
            assertThat(result.exitCode()).as(command + "\n" + result.output()).isZero();
            return result.output();
        } catch (Exception e) {
            throw new AssertionError("running " + command + " failed", e);
        }
    }

    private static void start() throws Exception {
        Result started = strata.strata("start");
        assertThat(started.exitCode()).as(started.output()).isZero();
    }

    private static void killServer(Path home) throws Exception {
        long pid = Long.parseLong(Files.readString(home.resolve("karaf.pid")).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));
        server.destroyForcibly();
        server.onExit().get(30, TimeUnit.SECONDS);
    }

    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Gave up after " + WAIT.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(200);
        }
    }

    /** What a stopped store's index holds: live chunks by chunk id, and the files they belong to. */
    private record ChunkTally(long chunks, long duplicated, long files) {

        static ChunkTally of(Path index) throws Exception {
            Map<String, Integer> perChunk = new HashMap<>();
            Set<String> files = new HashSet<>();
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    Bits live = leaf.reader().getLiveDocs();
                    forEachLive(leaf.reader().terms("chunk_id"), live, id -> perChunk.merge(id, 1, Integer::sum));
                    forEachLive(leaf.reader().terms("file_id"), live, files::add);
                }
            }
            long duplicated =
                    perChunk.values().stream().filter(count -> count > 1).count();
            return new ChunkTally(perChunk.size(), duplicated, files.size());
        }

        private static void forEachLive(Terms terms, Bits live, java.util.function.Consumer<String> each)
                throws Exception {
            if (terms == null) {
                return;
            }
            TermsEnum term = terms.iterator();
            for (BytesRef value = term.next(); value != null; value = term.next()) {
                PostingsEnum docs = term.postings(null);
                for (int doc = docs.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        each.accept(value.utf8ToString());
                    }
                }
            }
        }
    }
}
