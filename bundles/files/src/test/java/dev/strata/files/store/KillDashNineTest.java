package dev.strata.files.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.files.FileInfo;
import dev.strata.kvstore.jdbc.JdbcKVStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upload that returned survives kill -9: a child JVM uploads files to a provider on embedded
 * Derby and prints each id whose upload returned; the test kills it with SIGKILL after a random
 * number of them, while it is in the middle of the next upload, then opens the folder and store
 * as a restarted provider would and checks every acknowledged file is there with its exact
 * bytes, and that nothing half-written is left. Ten rounds on one growing store.
 */
class KillDashNineTest {

    static final int ROUNDS = 10;

    /** At most this many acknowledged uploads before the kill; 0 kills it right after it opened. */
    static final int MOST_ACKS_BEFORE_KILL = 30;

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedFileIsThereWithItsExactBytes() throws IOException {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Map<String, String> acknowledged = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            acknowledged.putAll(uploadUntilKilled(random.nextInt(MOST_ACKS_BEFORE_KILL + 1), "r" + round));

            check(acknowledged, round + 1, "after round " + round + " (random seed " + seed + ")");
        }
        assertThat(acknowledged).hasSizeGreaterThan(ROUNDS);
    }

    /** Starts an uploader, kills it after {@code acksBeforeKill} acknowledgements, returns id to name. */
    private Map<String, String> uploadUntilKilled(int acksBeforeKill, String prefix) {
        Map<String, String> acknowledged = new LinkedHashMap<>();
        try (ChildJvm uploader = ChildJvm.start(data.toString(), prefix)) {
            uploader.await("ready");
            while (acknowledged.size() < acksBeforeKill) {
                ack(uploader.readLine(), acknowledged);
            }
            uploader.kill();
            // what it printed before it died was acknowledged too
            for (String line = uploader.readLine(); line != null; line = uploader.readLine()) {
                ack(line, acknowledged);
            }
        }
        return acknowledged;
    }

    private static void ack(String line, Map<String, String> acknowledged) {
        if (line == null || !line.startsWith("ack ")) {
            throw new IllegalStateException(
                    "the uploader printed '" + line + "' instead of an ack; see target/child-jvm.log");
        }
        String[] parts = line.split(" ");
        acknowledged.put(parts[1], parts[2]);
    }

    /**
     * Opens the store and folder as a restarted provider does, removes leftovers as its first
     * purge does, and checks every file: the acknowledged ones are there, and every file there,
     * acknowledged or caught by the kill after its metadata was written (at most one a round), is
     * whole, and the folder holds a blob for each of them and nothing else.
     */
    private void check(Map<String, String> acknowledged, int rounds, String when) throws IOException {
        try (JdbcKVStore kv = JdbcKVStore.open(UploadProcess.kvSettings(data), Clock.systemUTC());
                LocalFiles files = LocalFiles.open(UploadProcess.settings(data), kv, Clock.systemUTC())) {
            files.removeLeftovers();

            for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
                assertThat(files.get(ack.getKey()))
                        .as("acknowledged file %s %s", ack.getKey(), when)
                        .hasValueSatisfying(file -> assertThat(file.filename()).isEqualTo(ack.getValue()));
            }
            List<FileInfo> stored = all(files);
            for (FileInfo file : stored) {
                try (InputStream content = files.content(file.id())) {
                    assertThat(content.readAllBytes())
                            .as("content of %s (%s) %s", file.id(), file.filename(), when)
                            .isEqualTo(UploadProcess.contentOf(file.filename()));
                }
            }
            assertThat(stored.size())
                    .as("files stored %s", when)
                    .isBetween(acknowledged.size(), acknowledged.size() + rounds);
            assertThat(files.removeLeftovers()).as("leftovers %s", when).isZero();
            try (Stream<Path> names = java.nio.file.Files.list(files.settings().folder())) {
                assertThat(names.map(path -> path.getFileName().toString()))
                        .as("the folder %s", when)
                        .containsExactlyInAnyOrderElementsOf(Stream.concat(
                                        Stream.of(".lock"), stored.stream().map(FileInfo::id))
                                .toList());
            }
        }
    }

    private static List<FileInfo> all(LocalFiles files) {
        List<FileInfo> all = new ArrayList<>();
        String after = null;
        Page<FileInfo> page;
        do {
            page = files.list(null, new PageRequest(PageRequest.MAX_LIMIT, after, null, null));
            all.addAll(page.data());
            after = page.lastId();
        } while (page.hasMore());
        return all;
    }
}
