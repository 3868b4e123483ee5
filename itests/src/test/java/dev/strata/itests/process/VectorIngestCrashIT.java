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
 * pages that explain a concept.
 *
 * <p>By default it ingests 80 pages. With {@code -Dstrata.itests.manual=all} it ingests the
 * manual's whole folder as a user would name it ({@code vs:ingest manual .../html}): every page
 * completes, and the folder's stylesheet and images are counted failed, each with its reason.
 */
class VectorIngestCrashIT {

    private static final Path MANUAL = Path.of("/usr/share/doc/postgresql-doc-15/html");
    private static final boolean WHOLE_MANUAL = "all".equals(System.getProperty("strata.itests.manual"));
    private static final int PAGES = 80;
    private static final int KILLS = 2;
    private static final Duration WAIT = Duration.ofMinutes(WHOLE_MANUAL ? 60 : 5);

    /** Questions the manual answers, and the page that answers each. */
    private static final Map<String, String> QUESTIONS = Map.of(
            "how do I reclaim the disk space held by dead rows", "routine-vacuuming.html",
            "what does the write-ahead log guarantee after a crash", "wal-intro.html",
            "restore a database to a point in time from a base backup and archived WAL", "continuous-archiving.html",
            "which lock modes conflict with each other", "explicit-locking.html",
            "build an index without blocking writes to the table", "sql-createindex.html");

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
        Input input = WHOLE_MANUAL ? Input.wholeFolder() : Input.firstPages();
        strata = Launcher.unpack(Path.of(System.getProperty("strata.itests.work"), "ingest-crash"));
        Path home = strata.home();
        start();
        assertThat(cmd("vs:create manual")).contains("vs_");

        String ingest = cmd("vs:ingest --no-wait manual " + String.join(" ", input.arguments()));
        Instant submitted = Instant.now();
        Matcher batchId = BATCH_ID.matcher(ingest);
        assertThat(batchId.find()).as(ingest).isTrue();
        String batch = batchId.group(1);

        Random random = new Random();
        int files = input.pages() + input.others();
        int step = Math.max(5, files / 20);
        for (int kill = 0; kill < KILLS; kill++) {
            long target = done(batch) + step + random.nextInt(2 * step);
            awaitTrue("more files of the batch to be done", () -> done(batch) >= Math.min(target, files));
            killServer(home);
            start();
        }
        awaitTrue(
                "the batch to finish",
                () -> !cmd("vs:batch --no-wait manual " + batch).contains("in progress"));
        Duration took = Duration.between(submitted, Instant.now());

        String summary = cmd("vs:batch --no-wait manual " + batch);
        Matcher counts = COUNTS.matcher(summary);
        assertThat(counts.find()).as(summary).isTrue();
        assertThat(counts.group(1) + " completed, " + counts.group(2) + " failed, " + counts.group(3) + " cancelled")
                .as(summary)
                .isEqualTo(input.pages() + " completed, " + input.others() + " failed, 0 cancelled");
        for (Map.Entry<String, String> question : QUESTIONS.entrySet()) {
            if (input.holds(question.getValue())) {
                assertThat(cmd("vs:search --limit 5 manual " + question.getKey()))
                        .as("the top 5 for '%s'", question.getKey())
                        .contains(question.getValue());
            }
        }

        String storeId = storeId(cmd("vs:info manual"));
        assertThat(strata.strata("stop").exitCode()).isZero();
        ChunkTally tally = ChunkTally.of(home.resolve("data/vectorio/lucene").resolve(storeId));
        assertThat(tally.duplicated())
                .as("chunk ids on more than one live document")
                .isZero();
        assertThat(tally.files()).as("files with chunks").isEqualTo(input.pages());
        System.out.printf(
                "Ingest crash test: %d pages, %d other files, %d kills, %d chunks, none twice;"
                        + " %d s from the batch's creation to its end, restarts included (%.1f chunks/s)%n",
                input.pages(),
                input.others(),
                KILLS,
                tally.chunks(),
                took.toSeconds(),
                tally.chunks() * 1000.0 / took.toMillis());
    }

    /**
     * What {@code vs:ingest} is given: its path arguments, the HTML pages among the files they
     * name, and how many other files (which cannot be read as text) they name.
     */
    private record Input(List<String> arguments, Set<String> names, int pages, int others) {

        /** The page the search must find, and the first pages by name. */
        static Input firstPages() throws Exception {
            List<Path> first;
            try (Stream<Path> files = Files.list(MANUAL)) {
                first = files.filter(Input::isPage)
                        .filter(path -> !path.getFileName().toString().equals("routine-vacuuming.html"))
                        .sorted()
                        .limit(PAGES - 1)
                        .toList();
            }
            List<Path> pages = Stream.concat(Stream.of(MANUAL.resolve("routine-vacuuming.html")), first.stream())
                    .toList();
            return new Input(pages.stream().map(Path::toString).toList(), names(pages), pages.size(), 0);
        }

        /** The manual's folder, with its stylesheet and images. */
        static Input wholeFolder() throws Exception {
            List<Path> all;
            try (Stream<Path> files = Files.list(MANUAL)) {
                all = files.toList();
            }
            List<Path> pages = all.stream().filter(Input::isPage).toList();
            return new Input(List.of(MANUAL.toString()), names(pages), pages.size(), all.size() - pages.size());
        }

        boolean holds(String page) {
            return names.contains(page);
        }

        private static boolean isPage(Path path) {
            return path.toString().endsWith(".html");
        }

        private static Set<String> names(List<Path> pages) {
            Set<String> names = new HashSet<>();
            pages.forEach(page -> names.add(page.getFileName().toString()));
            return names;
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
