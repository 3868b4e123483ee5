package dev.strata.vectorio.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staged files become durable and searchable together, with one commit. */
class StagedWriteTest {

    @TempDir
    Path folder;

    @Test
    void stagedFilesAreSearchableAndDurableOnceAwaited() throws IOException {
        long last;
        try (StoreIndex index = StoreIndex.open(folder, 2)) {
            index.stageFile("file-a", List.of(Chunks.chunk("file-a", 0, "alpha", Chunks.angle(0))));
            last = index.stageFile("file-b", List.of(Chunks.chunk("file-b", 0, "beta", Chunks.angle(90))));
            assertThat(index.chunkCount()).as("before the commit").isZero();

            index.awaitDurable(last);

            assertThat(index.chunkCount()).isEqualTo(2);
            assertThat(index.search(Chunks.keyword("beta", 5))).hasSize(1);
        }
        try (StoreIndex reopened = StoreIndex.open(folder, 2)) {
            assertThat(reopened.chunkCount()).isEqualTo(2);
            assertThat(reopened.fileBytes("file-a")).isEqualTo("alpha".length() + 4L * 2);
        }
    }

    @Test
    void stagingAFileAgainReplacesItsChunks() throws IOException {
        try (StoreIndex index = StoreIndex.open(folder, 2)) {
            index.stageFile(
                    "file-a",
                    List.of(
                            Chunks.chunk("file-a", 0, "one", Chunks.angle(0)),
                            Chunks.chunk("file-a", 1, "two", Chunks.angle(10))));
            long last = index.stageFile("file-a", List.of(Chunks.chunk("file-a", 0, "three", Chunks.angle(20))));

            index.awaitDurable(last);

            assertThat(index.chunkCount("file-a")).isEqualTo(1);
        }
    }

    @Test
    void stagingNoChunksIsRefused() throws IOException {
        try (StoreIndex index = StoreIndex.open(folder, 2)) {
            assertThatThrownBy(() -> index.stageFile("file-a", List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("file-a");
        }
    }
}
