package dev.strata.vectorio.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.vectorio.Ranker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fusion rules on their own, with hand-made candidate lists. */
class HybridFusionTest {

    @Test
    void rrfRanksCountFromOneAndMissingListsAddNothing() {
        List<Hit> fused = HybridFusion.fuse(
                new Ranker.Rrf(10), List.of(hit(1, "a", 0.9), hit(2, "b", 0.8)), List.of(hit(2, "b", 7)));

        assertThat(fused).containsExactly(hit(2, "b", 1.0 / 12 + 1.0 / 11), hit(1, "a", 1.0 / 11));
    }

    @Test
    void equalFusedScoresAreOrderedByChunkId() {
        List<Hit> fused = HybridFusion.fuse(Ranker.DEFAULT, List.of(hit(5, "z", 0.9)), List.of(hit(6, "y", 3)));

        assertThat(fused).extracting(Hit::chunkId).containsExactly("y", "z");
    }

    @Test
    void equalScoresInAListAreRankedByChunkId() {
        List<Hit> fused = HybridFusion.fuse(new Ranker.Rrf(1), List.of(hit(1, "b", 0.5), hit(2, "a", 0.5)), List.of());

        assertThat(fused).containsExactly(hit(2, "a", 0.5), hit(1, "b", 1.0 / 3));
    }

    @Test
    void weightedScalesEachListToZeroOne() {
        List<Hit> fused = HybridFusion.fuse(
                new Ranker.Weighted(0.5),
                List.of(hit(1, "a", 1.0), hit(2, "b", 0.75), hit(3, "c", 0.5)),
                List.of(hit(3, "c", 20), hit(2, "b", 10)));

        // vector scaled: a 1, b 0.5, c 0; keyword scaled: c 1, b 0; a and c tie, a's id first
        assertThat(fused).extracting(Hit::chunkId).containsExactly("a", "c", "b");
        assertThat(fused).extracting(Hit::score).containsExactly(0.5, 0.5, 0.25);
    }

    @Test
    void aListWhoseScoresAreAllEqualScalesThemToOne() {
        List<Hit> fused = HybridFusion.fuse(
                new Ranker.Weighted(0.25), List.of(hit(1, "a", 0.6), hit(2, "b", 0.6)), List.of(hit(1, "a", 4)));

        assertThat(fused).containsExactly(hit(1, "a", 0.25 + 0.75), hit(2, "b", 0.25));
    }

    @Test
    void nothingFusesToNothing() {
        assertThat(HybridFusion.fuse(Ranker.DEFAULT, List.of(), List.of())).isEmpty();
        assertThat(HybridFusion.fuse(new Ranker.Weighted(1), List.of(), List.of()))
                .isEmpty();
    }

    private static Hit hit(int doc, String chunkId, double score) {
        return new Hit(doc, chunkId, score);
    }
}
