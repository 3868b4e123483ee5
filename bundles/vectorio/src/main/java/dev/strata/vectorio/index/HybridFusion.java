package dev.strata.vectorio.index;

import dev.strata.api.vectorio.Ranker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the candidates of a vector search and a keyword search into one ranking, as {@link
 * Ranker} describes, best first, ties broken by chunk id:
 *
 * <ul>
 *   <li>{@link Ranker.Rrf}: the sum, over the lists a chunk is in, of {@code 1 / (impactFactor +
 *       rank)}, ranks from 1;
 *   <li>{@link Ranker.Weighted}: {@code alpha * vector + (1 - alpha) * keyword}, each score first
 *       scaled to 0..1 over its own list (the best becomes 1, the worst 0; a list whose scores
 *       are all equal scales them all to 1), 0 for a chunk missing from a list.
 * </ul>
 *
 * Each list is first put in {@link Hit#BEST_FIRST} order, so equal scores get ranks by chunk id.
 */
final class HybridFusion {

    private HybridFusion() {}

    static List<Hit> fuse(Ranker ranker, List<Hit> vector, List<Hit> keyword) {
        List<Hit> vectorRanked = ranked(vector);
        List<Hit> keywordRanked = ranked(keyword);
        Map<Integer, Fused> fused = new LinkedHashMap<>();
        if (ranker instanceof Ranker.Weighted weighted) {
            addScaled(fused, vectorRanked, weighted.alpha());
            addScaled(fused, keywordRanked, 1 - weighted.alpha());
        } else {
            double impactFactor = ((Ranker.Rrf) ranker).impactFactor();
            addReciprocalRanks(fused, vectorRanked, impactFactor);
            addReciprocalRanks(fused, keywordRanked, impactFactor);
        }
        List<Hit> merged = new ArrayList<>(fused.size());
        fused.values().forEach(each -> merged.add(new Hit(each.doc, each.chunkId, each.score)));
        merged.sort(Hit.BEST_FIRST);
        return merged;
    }

    private static List<Hit> ranked(List<Hit> hits) {
        List<Hit> ranked = new ArrayList<>(hits);
        ranked.sort(Hit.BEST_FIRST);
        return ranked;
    }

    private static void addReciprocalRanks(Map<Integer, Fused> fused, List<Hit> ranked, double impactFactor) {
        for (int i = 0; i < ranked.size(); i++) {
            add(fused, ranked.get(i), 1 / (impactFactor + i + 1));
        }
    }

    private static void addScaled(Map<Integer, Fused> fused, List<Hit> ranked, double weight) {
        if (ranked.isEmpty()) {
            return;
        }
        double max = ranked.get(0).score();
        double min = ranked.get(ranked.size() - 1).score();
        for (Hit hit : ranked) {
            double scaled = max > min ? (hit.score() - min) / (max - min) : 1;
            add(fused, hit, weight * scaled);
        }
    }

    private static void add(Map<Integer, Fused> fused, Hit hit, double score) {
        fused.computeIfAbsent(hit.doc(), doc -> new Fused(doc, hit.chunkId())).score += score;
    }

    /** A chunk's fused score as it is summed. */
    private static final class Fused {
        final int doc;
        final String chunkId;
        double score;

        Fused(int doc, String chunkId) {
            this.doc = doc;
            this.chunkId = chunkId;
        }
    }
}
