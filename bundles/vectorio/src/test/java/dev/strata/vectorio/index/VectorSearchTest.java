package dev.strata.vectorio.index;

import static dev.strata.vectorio.index.Chunks.angle;
import static dev.strata.vectorio.index.Chunks.chunk;
import static dev.strata.vectorio.index.Chunks.chunkIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.strata.api.vectorio.ComparisonOperator;
import dev.strata.api.vectorio.Filter;
import dev.strata.api.vectorio.Ranker;
import dev.strata.api.vectorio.SearchMode;
import dev.strata.api.vectorio.SearchResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vector search: nearest first by cosine, Lucene's (1 + cos) / 2 as the score, filtered inside. */
class VectorSearchTest {

    @TempDir
    Path folder;

    private StoreIndex index;

    @BeforeEach
    void open() throws IOException {
        index = StoreIndex.open(folder, 2);
        index.replaceFile(
                "f",
                List.of(
                        chunk("f", 0, "ninety", angle(90)),
                        chunk("f", 1, "zero", angle(0)),
                        chunk("f", 2, "one eighty", angle(180)),
                        chunk("f", 3, "sixty", angle(60)),
                        chunk("f", 4, "thirty", angle(30))));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void theNearestComeFirstScoredOnePlusCosineOverTwo() throws IOException {
        List<SearchResult> results = index.search(Chunks.vector(angle(0), 10));

        assertThat(chunkIds(results)).containsExactly("f#1", "f#4", "f#3", "f#0", "f#2");
        assertThat(results)
                .extracting(SearchResult::score)
                .satisfiesExactly(
                        score -> assertThat(score).isCloseTo(1.0, within(1e-6)),
                        score -> assertThat(score).isCloseTo((1 + Math.cos(Math.toRadians(30))) / 2, within(1e-6)),
                        score -> assertThat(score).isCloseTo(0.75, within(1e-6)),
                        score -> assertThat(score).isCloseTo(0.5, within(1e-6)),
                        score -> assertThat(score).isCloseTo(0.0, within(1e-6)));
        assertThat(results.get(0).content()).isEqualTo("zero");
        assertThat(results.get(0).fileId()).isEqualTo("f");
        assertThat(results.get(0).filename()).isEqualTo("f.txt");
    }

    @Test
    void theLengthOfAVectorDoesNotMatterOnlyItsDirection() throws IOException {
        List<SearchResult> results = index.search(Chunks.vector(new float[] {0, 25}, 1));

        assertThat(chunkIds(results)).containsExactly("f#0");
        assertThat(results.get(0).score()).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void theLimitKeepsTheBest() throws IOException {
        assertThat(chunkIds(index.search(Chunks.vector(angle(85), 2)))).containsExactly("f#0", "f#3");
    }

    @Test
    void theThresholdDropsWeakerResultsBeforeTheLimit() throws IOException {
        IndexQuery query = new IndexQuery(angle(0), null, null, SearchMode.VECTOR, Ranker.DEFAULT, 10, 0.7);

        assertThat(chunkIds(index.search(query))).containsExactly("f#1", "f#4", "f#3");
        assertThat(index.search(new IndexQuery(angle(0), null, null, SearchMode.VECTOR, Ranker.DEFAULT, 2, 0.7)))
                .hasSize(2);
        assertThat(index.search(new IndexQuery(angle(0), null, null, SearchMode.VECTOR, Ranker.DEFAULT, 10, 1.5)))
                .isEmpty();
    }

    /** A filter applied after the nearest 5 were found would leave nothing; applied inside, all 5 come back. */
    @Test
    void aRestrictiveFilterStillFindsUpToTheLimit() throws IOException {
        List<IndexedChunk> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            boolean rare = i % 60 == 7;
            many.add(chunk("many", i, "chunk " + i, angle(rare ? 170 + i % 10 : i % 20), Map.of("rare", rare)));
        }
        index.replaceFile("many", many);
        Filter rare = new Filter.Comparison("rare", ComparisonOperator.EQ, true);

        List<SearchResult> results = index.search(Chunks.vector(angle(0), rare, 5));

        assertThat(chunkIds(results))
                .containsExactlyInAnyOrder("many#7", "many#67", "many#127", "many#187", "many#247");
    }

    @Test
    void aQueryVectorOfAnotherDimensionIsRefused() {
        assertThatThrownBy(() -> index.search(Chunks.vector(new float[] {1, 0, 0}, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 dimensions")
                .hasMessageContaining("have 2");
        assertThatThrownBy(() -> index.search(Chunks.vector(new float[] {0, 0}, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("all zeros");
        assertThatThrownBy(() -> index.search(Chunks.vector(new float[] {Float.NaN, 1}, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
    }

    @Test
    void equalScoresAreOrderedByChunkId() throws IOException {
        index.replaceFile("twins", List.of(chunk("twins", 1, "b", angle(-45)), chunk("twins", 0, "a", angle(-45))));

        assertThat(chunkIds(index.search(Chunks.vector(angle(-45), 2)))).containsExactly("twins#0", "twins#1");
    }
}
