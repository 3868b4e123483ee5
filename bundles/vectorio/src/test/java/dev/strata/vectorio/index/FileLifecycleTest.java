package dev.strata.vectorio.index;

import static dev.strata.vectorio.index.Chunks.angle;
import static dev.strata.vectorio.index.Chunks.chunk;
import static dev.strata.vectorio.index.Chunks.chunkIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.vectorio.ComparisonOperator;
import dev.strata.api.vectorio.Filter;
import dev.strata.api.vectorio.SearchResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file's chunks are replaced, re-attributed and deleted as a whole, and visible at once. */
class FileLifecycleTest {

    @TempDir
    Path folder;

    private StoreIndex index;

    @BeforeEach
    void open() throws IOException {
        index = StoreIndex.open(folder, 2);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void replacingAFileTwiceLeavesOnlyTheSecondChunks() throws IOException {
        index.replaceFile(
                "f",
                List.of(
                        chunk("f", 0, "old zero", angle(0)),
                        chunk("f", 1, "old one", angle(10)),
                        chunk("f", 2, "old two", angle(20))));
        List<IndexedChunk> second = List.of(chunk("f", 0, "new zero", angle(30)), chunk("f", 1, "new one", angle(40)));

        index.replaceFile("f", second);

        assertThat(index.fileChunks("f")).containsExactlyElementsOf(second);
        assertThat(index.chunkCount("f")).isEqualTo(2);
        assertThat(index.chunkCount()).isEqualTo(2);
        assertThat(index.search(Chunks.vector(angle(0), 10)))
                .extracting(SearchResult::content)
                .containsExactly("new zero", "new one");
        assertThat(index.search(Chunks.keyword("old", 10))).isEmpty();
    }

    @Test
    void fileChunksComeInPositionOrderWithTheirVectorsAsGiven() throws IOException {
        IndexedChunk two = chunk("f", 2, "two", new float[] {3, 4}, Map.of("n", 1, "ok", true, "s", "x", "d", 2.5));
        IndexedChunk zero = chunk("f", 0, "zero", new float[] {-0.25f, 7});
        IndexedChunk one = chunk("f", 1, "one", new float[] {1e-3f, -1e3f});

        index.replaceFile("f", List.of(two, zero, one));

        assertThat(index.fileChunks("f")).containsExactly(zero, one, two);
        assertThat(index.fileChunks("other")).isEmpty();
    }

    @Test
    void theFileSizeCountsUtf8TextAndFourBytesADimension() throws IOException {
        index.replaceFile("f", List.of(chunk("f", 0, "héllo", angle(0)), chunk("f", 1, "wörld €", angle(5))));
        index.replaceFile("g", List.of(chunk("g", 0, "other", angle(0))));

        assertThat(index.fileBytes("f")).isEqualTo(6 + 2 * 4 + 10 + 2 * 4);
        assertThat(index.fileBytes("missing")).isZero();
    }

    @Test
    void updateAttributesChangesWhatFiltersMatchAndKeepsTheRest() throws IOException {
        index.replaceFile(
                "f",
                List.of(
                        chunk("f", 0, "zero", angle(0), Map.of("team", "red")),
                        chunk("f", 1, "one", angle(10), Map.of("team", "red"))));
        index.replaceFile("g", List.of(chunk("g", 0, "other", angle(20), Map.of("team", "red"))));
        List<IndexedChunk> before = index.fileChunks("f");

        index.updateAttributes("f", Map.of("team", "blue", "rank", 2));

        assertThat(fileIds(index.search(Chunks.vector(angle(0), team("red"), 10))))
                .containsExactly("g");
        assertThat(chunkIds(index.search(Chunks.vector(angle(0), team("blue"), 10))))
                .containsExactly("f#0", "f#1");
        assertThat(index.fileChunks("f"))
                .containsExactly(
                        before.get(0).withAttributes(Map.of("team", "blue", "rank", 2)),
                        before.get(1).withAttributes(Map.of("team", "blue", "rank", 2)));
        assertThat(index.search(Chunks.vector(angle(0), 1)).get(0).attributes())
                .isEqualTo(Map.of("team", "blue", "rank", 2));
    }

    @Test
    void updateAttributesToNoneRemovesThem() throws IOException {
        index.replaceFile("f", List.of(chunk("f", 0, "zero", angle(0), Map.of("team", "red"))));

        index.updateAttributes("f", null);

        assertThat(index.search(Chunks.vector(angle(0), team("red"), 10))).isEmpty();
        assertThat(index.fileChunks("f").get(0).attributes()).isEmpty();
    }

    @Test
    void updateAttributesOfAFileWithoutChunksChangesNothing() throws IOException {
        index.updateAttributes("missing", Map.of("team", "blue"));

        assertThat(index.chunkCount()).isZero();
    }

    @Test
    void deleteFileRemovesOnlyThatFile() throws IOException {
        index.replaceFile("f", List.of(chunk("f", 0, "zero", angle(0)), chunk("f", 1, "one", angle(10))));
        index.replaceFile("g", List.of(chunk("g", 0, "other", angle(20))));

        assertThat(index.deleteFile("f")).isTrue();

        assertThat(index.chunkCount("f")).isZero();
        assertThat(index.fileChunks("g")).hasSize(1);
        assertThat(chunkIds(index.search(Chunks.vector(angle(0), 10)))).containsExactly("g#0");
        assertThat(index.deleteFile("f")).isFalse();
    }

    @Test
    void replacingWithNoChunksDeletesTheFile() throws IOException {
        index.replaceFile("f", List.of(chunk("f", 0, "zero", angle(0))));

        index.replaceFile("f", List.of());

        assertThat(index.chunkCount()).isZero();
    }

    @Test
    void chunksThatDoNotFitAreRefusedAndNothingChanges() throws IOException {
        IndexedChunk kept = chunk("f", 0, "kept", angle(0));
        index.replaceFile("f", List.of(kept));

        assertRefused(List.of(chunk("g", 0, "wrong file", angle(0))), "belongs to file 'g', not 'f'");
        assertRefused(List.of(chunk("f", 0, "a", angle(0)), chunk("f", 0, "b", angle(1))), "'f#0' twice");
        assertRefused(List.of(chunk("f", 0, "3d", new float[] {1, 2, 3})), "has 3 dimensions");
        assertRefused(List.of(chunk("f", 0, "zero", new float[] {0, 0})), "all zeros");
        assertRefused(List.of(chunk("f", 0, "inf", new float[] {1, Float.POSITIVE_INFINITY})), "Infinity");
        assertRefused(List.of(chunk("f", 0, "long", angle(0), Map.of("s", "x".repeat(40_000)))), "40000 UTF-8 bytes");
        assertThatThrownBy(() -> index.replaceFile(" ", List.of())).hasMessageContaining("file id is ' '");
        assertThatThrownBy(() -> index.replaceFile("f", null)).hasMessageContaining("are null");

        assertThat(index.fileChunks("f")).containsExactly(kept);
    }

    @Test
    void badAttributesAreRefusedAndNothingChanges() throws IOException {
        index.replaceFile("f", List.of(chunk("f", 0, "kept", angle(0), Map.of("team", "red"))));
        Map<String, Object> nested = new HashMap<>();
        nested.put("tags", List.of("a"));

        assertThatThrownBy(() -> index.updateAttributes("f", nested))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("attribute 'tags'");
        assertThatThrownBy(() -> index.updateAttributes("f", Map.of("n", Double.NaN)))
                .hasMessageContaining("finite number");
        assertThatThrownBy(() -> chunk("f", -1, "x", angle(0))).hasMessageContaining("position -1");

        assertThat(index.fileChunks("f").get(0).attributes()).isEqualTo(Map.of("team", "red"));
    }

    private void assertRefused(List<IndexedChunk> chunks, String message) {
        assertThatThrownBy(() -> index.replaceFile("f", chunks))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    private static Filter team(String team) {
        return new Filter.Comparison("team", ComparisonOperator.EQ, team);
    }

    private static List<String> fileIds(List<SearchResult> results) {
        return results.stream().map(SearchResult::fileId).distinct().toList();
    }
}
