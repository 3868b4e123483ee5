package dev.strata.vectorio.index;

import java.util.Comparator;

/**
 * One chunk a search found, by its document number in the searcher it came from.
 *
 * @param doc the document number, valid only with that searcher
 * @param chunkId the chunk's id, which breaks ties between equal scores
 * @param score how well it matched, higher is better
 */
record Hit(int doc, String chunkId, double score) {

    /** Highest score first; equal scores by chunk id, so an order never depends on segments. */
    static final Comparator<Hit> BEST_FIRST =
            Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::chunkId);
}
