package dev.strata.vectorio.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that returned survives kill -9: a child JVM replaces files from two threads and prints
 * each file whose call returned; the test kills it with SIGKILL after a random number of them,
 * while more are under way, then opens the index as a restarted provider would (the OS released
 * the write lock with the process) and checks every acknowledged file is there, whole. Files
 * caught by the kill are either whole or absent, never partly there. Four rounds on one index.
 */
class KillDashNineTest {

    static final int ROUNDS = 4;

    /** At most this many acknowledged writes before the kill; 0 kills it right after it opened. */
    static final int MOST_ACKS_BEFORE_KILL = 25;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedFileIsThereWhole() throws IOException {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Set<String> acknowledged = new LinkedHashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            acknowledged.addAll(writeUntilKilled(random.nextInt(MOST_ACKS_BEFORE_KILL + 1), "r" + round));

            check(acknowledged, round + 1, "after round " + round + " (random seed " + seed + ")");
        }
        assertThat(acknowledged).hasSizeGreaterThan(ROUNDS);
    }

    private Set<String> writeUntilKilled(int acksBeforeKill, String prefix) {
        Set<String> acknowledged = new LinkedHashSet<>();
        try (ChildJvm writer = ChildJvm.start(folder.toString(), prefix)) {
            writer.await("ready");
            while (acknowledged.size() < acksBeforeKill) {
                ack(writer.readLine(), acknowledged);
            }
            writer.kill();
            // what it printed before it died was acknowledged too
            for (String line = writer.readLine(); line != null; line = writer.readLine()) {
                ack(line, acknowledged);
            }
        }
        return acknowledged;
    }

    private static void ack(String line, Set<String> acknowledged) {
        if (line == null || !line.startsWith("ack ")) {
            throw new IllegalStateException(
                    "the writer printed '" + line + "' instead of an ack; see target/index-child-jvm.log");
        }
        acknowledged.add(line.substring("ack ".length()));
    }

    /**
     * Checks the acknowledged files, then every file the index holds: each is whole, and besides
     * the acknowledged ones there are at most two a round, the writes the kill caught.
     */
    private void check(Set<String> acknowledged, int rounds, String when) throws IOException {
        try (StoreIndex index = StoreIndex.open(folder, IndexProcess.DIMENSION)) {
            for (String fileId : acknowledged) {
                assertThat(index.fileChunks(fileId))
                        .as("acknowledged file %s %s", fileId, when)
                        .containsExactlyElementsOf(IndexProcess.chunksOf(fileId));
            }
            Set<String> stored = storedFileIds(index);
            for (String fileId : stored) {
                assertThat(index.fileChunks(fileId))
                        .as("file %s %s", fileId, when)
                        .containsExactlyElementsOf(IndexProcess.chunksOf(fileId));
            }
            assertThat(stored.size())
                    .as("files stored %s", when)
                    .isBetween(acknowledged.size(), acknowledged.size() + 2 * rounds);
        }
    }

    /** The ids of the files that have chunks, from the terms of the file id field. */
    private Set<String> storedFileIds(StoreIndex index) throws IOException {
        Set<String> fileIds = new TreeSet<>();
        try (FSDirectory directory = FSDirectory.open(folder);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            TermsEnum terms = MultiTerms.getTerms(reader, ChunkFields.FILE_ID).iterator();
            for (BytesRef term = terms.next(); term != null; term = terms.next()) {
                String fileId = term.utf8ToString();
                if (index.chunkCount(fileId) > 0) {
                    fileIds.add(fileId);
                }
            }
        }
        return fileIds;
    }
}
