package dev.strata.vectorio.index;

import static dev.strata.vectorio.index.Chunks.angle;
import static dev.strata.vectorio.index.Chunks.chunk;
import static dev.strata.vectorio.index.Chunks.chunkIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.strata.api.vectorio.Ranker;
import dev.strata.api.vectorio.SearchMode;
import dev.strata.api.vectorio.SearchResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hybrid search over three chunks whose two rankings disagree. By vector (the query points at 0°):
 * alpha (0°, score 1), beta (45°, 0.854), gamma (90°, 0.5). By the word "lighthouse": gamma (three
 * times), beta (once); alpha lacks it.
 */
class HybridSearchTest {

    private static final float[] QUERY = angle(0);
    private static final String WORDS = "lighthouse";

    @TempDir
    Path folder;

    private StoreIndex index;

    @BeforeEach
    void open() throws IOException {
        index = StoreIndex.open(folder, 2);
        index.replaceFile("alpha", List.of(chunk("alpha", 0, "Nothing of interest here.", angle(0))));
        index.replaceFile("beta", List.of(chunk("beta", 0, "A lighthouse on the coast.", angle(45))));
        index.replaceFile("gamma", List.of(chunk("gamma", 0, "Lighthouse, lighthouse, lighthouse keeper.", angle(90))));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void theTwoRankingsDisagree() throws IOException {
        assertThat(chunkIds(index.search(Chunks.vector(QUERY, 10)))).containsExactly("alpha#0", "beta#0", "gamma#0");
        assertThat(chunkIds(index.search(Chunks.keyword(WORDS, 10)))).containsExactly("gamma#0", "beta#0");
    }

    /** Impact factor 1: alpha 1/2, beta 1/3 + 1/3, gamma 1/4 + 1/2. */
    @Test
    void rrfSumsReciprocalRanks() throws IOException {
        List<SearchResult> results = index.search(Chunks.hybrid(QUERY, WORDS, new Ranker.Rrf(1), 10));

        assertThat(chunkIds(results)).containsExactly("gamma#0", "beta#0", "alpha#0");
        assertThat(results)
                .extracting(SearchResult::score)
                .satisfiesExactly(
                        score -> assertThat(score).isCloseTo(0.75, within(1e-12)),
                        score -> assertThat(score).isCloseTo(2.0 / 3, within(1e-12)),
                        score -> assertThat(score).isCloseTo(0.5, within(1e-12)));
    }

    @Test
    void rrfWithTheDefaultFactorKeepsTheOrder() throws IOException {
        List<SearchResult> results = index.search(Chunks.hybrid(QUERY, WORDS, Ranker.DEFAULT, 10));

        assertThat(chunkIds(results)).containsExactly("gamma#0", "beta#0", "alpha#0");
        assertThat(results.get(0).score()).isCloseTo(1.0 / 63 + 1.0 / 61, within(1e-12));
    }

    /**
     * Scaled to 0..1: vector alpha 1, beta 0.707, gamma 0; keyword gamma 1, beta 0, alpha missing
     * (0). With alpha 0.7: alpha 0.7, beta 0.495, gamma 0.3.
     */
    @Test
    void weightedTowardsVectorsFavoursTheNearest() throws IOException {
        List<SearchResult> results = index.search(Chunks.hybrid(QUERY, WORDS, new Ranker.Weighted(0.7), 10));

        assertThat(chunkIds(results)).containsExactly("alpha#0", "beta#0", "gamma#0");
        assertThat(results)
                .extracting(SearchResult::score)
                .satisfiesExactly(
                        score -> assertThat(score).isCloseTo(0.7, within(1e-6)),
                        score -> assertThat(score).isCloseTo(0.7 * Math.sqrt(0.5), within(1e-6)),
                        score -> assertThat(score).isCloseTo(0.3, within(1e-6)));
    }

    /** With alpha 0.3: gamma 0.7, alpha 0.3, beta 0.212. */
    @Test
    void weightedTowardsKeywordsFavoursTheWords() throws IOException {
        List<SearchResult> results = index.search(Chunks.hybrid(QUERY, WORDS, new Ranker.Weighted(0.3), 10));

        assertThat(chunkIds(results)).containsExactly("gamma#0", "alpha#0", "beta#0");
        assertThat(results.get(0).score()).isCloseTo(0.7, within(1e-6));
    }

    @Test
    void theThresholdAppliesToTheFusedScoreThenTheLimit() throws IOException {
        Ranker rrf = new Ranker.Rrf(1);

        assertThat(chunkIds(index.search(new IndexQuery(QUERY, WORDS, null, SearchMode.HYBRID, rrf, 10, 0.6))))
                .containsExactly("gamma#0", "beta#0");
        assertThat(chunkIds(index.search(new IndexQuery(QUERY, WORDS, null, SearchMode.HYBRID, rrf, 1, 0.6))))
                .containsExactly("gamma#0");
        assertThat(index.search(new IndexQuery(QUERY, WORDS, null, SearchMode.HYBRID, rrf, 10, 0.8)))
                .isEmpty();
    }

    @Test
    void wordsThatMatchNothingLeaveTheVectorRanking() throws IOException {
        assertThat(chunkIds(index.search(Chunks.hybrid(QUERY, "the of", new Ranker.Rrf(1), 10))))
                .containsExactly("alpha#0", "beta#0", "gamma#0");
    }
}
