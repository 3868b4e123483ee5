package dev.strata.vectorio.index;

import dev.strata.api.vectorio.Filter;
import dev.strata.api.vectorio.Ranker;
import dev.strata.api.vectorio.SearchMode;

/**
 * One search of a {@link StoreIndex}. Immutable but for the vector, which is not copied.
 *
 * @param vectorOrNull the query's embedding: needed by {@link SearchMode#VECTOR} and {@link
 *     SearchMode#HYBRID}, ignored by {@link SearchMode#KEYWORD}
 * @param textOrNull the query's words: needed by {@link SearchMode#KEYWORD} and {@link
 *     SearchMode#HYBRID}, ignored by {@link SearchMode#VECTOR}. Taken as a bag of words, never
 *     as query syntax; text with no searchable word (only stop words, say) matches nothing
 * @param filterOrNull which chunks may match, by their attributes; {@code null} for all
 * @param mode how chunks match, never {@code null}
 * @param ranker how a hybrid search merges its two rankings, never {@code null}; ignored by the
 *     other modes
 * @param limit the most results to return, from 1 to {@value #MAX_LIMIT}
 * @param scoreThreshold the lowest score a result may have, finite and 0 or more; 0 for any
 */
public record IndexQuery(
        float[] vectorOrNull,
        String textOrNull,
        Filter filterOrNull,
        SearchMode mode,
        Ranker ranker,
        int limit,
        double scoreThreshold) {

    /** The most results one search returns: {@value}. */
    public static final int MAX_LIMIT = 1000;

    /**
     * Validates the query.
     *
     * @throws IllegalArgumentException if the mode or ranker is missing, the mode lacks the vector
     *     or text it needs, or the limit or threshold is out of range
     */
    public IndexQuery {
        if (mode == null) {
            throw new IllegalArgumentException("the search mode is null; use vector, keyword or hybrid");
        }
        if (ranker == null) {
            throw new IllegalArgumentException("the ranker is null; use Ranker.DEFAULT for reciprocal rank fusion");
        }
        if (mode != SearchMode.KEYWORD && vectorOrNull == null) {
            throw new IllegalArgumentException(
                    "a " + mode.wireName() + " search needs the query's vector; embed the query first");
        }
        if (mode != SearchMode.VECTOR && textOrNull == null) {
            throw new IllegalArgumentException("a " + mode.wireName() + " search needs the query's text");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("the limit is " + limit + "; use 1 to " + MAX_LIMIT);
        }
        if (!(scoreThreshold >= 0) || Double.isInfinite(scoreThreshold)) {
            throw new IllegalArgumentException(
                    "the score threshold is " + scoreThreshold + "; use a finite number of 0 or more");
        }
    }
}
