package dev.strata.api.vectorio;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A search of one vector store: OpenAI's search body with Llama Stack's {@code search_mode}.
 * Immutable.
 *
 * <p>Several queries are searched as one: for vector search their embeddings are averaged,
 * for keyword search their words are joined.
 *
 * @param queries what to look for, at least one, each non-blank
 * @param maxNumResults how many results at most, from 1 to {@value #MAX_RESULTS}
 * @param scoreThreshold results scoring below this are left out; 0 keeps every result; see
 *     {@link SearchResult#score()} for what a score means in each mode
 * @param filter which chunks may match, by attribute; {@code null} for all
 * @param mode how chunks match, never {@code null}
 * @param ranker how a hybrid search merges its rankings; ignored by the other modes; never
 *     {@code null}
 */
@ProviderType
public record SearchRequest(
        List<String> queries, int maxNumResults, double scoreThreshold, Filter filter, SearchMode mode, Ranker ranker) {

    /** The number of results a request gets when it names none: {@value}. */
    public static final int DEFAULT_RESULTS = 10;

    /** The most results a request may ask for: {@value}. */
    public static final int MAX_RESULTS = 50;

    /**
     * Validates the request and copies the queries.
     *
     * @throws IllegalArgumentException if a field breaks its rule; the message names the field,
     *     the value and the allowed range
     */
    public SearchRequest {
        if (queries == null || queries.isEmpty()) {
            throw new IllegalArgumentException("query is " + (queries == null ? "missing" : "an empty list")
                    + "; give a string or a list of strings");
        }
        for (int i = 0; i < queries.size(); i++) {
            Checks.requireText(queries.size() == 1 ? "query" : "query[" + i + "]", queries.get(i));
        }
        queries = List.copyOf(queries);
        if (maxNumResults < 1 || maxNumResults > MAX_RESULTS) {
            throw new IllegalArgumentException(
                    "max_num_results is " + maxNumResults + "; use a value from 1 to " + MAX_RESULTS);
        }
        if (!(scoreThreshold >= 0) || Double.isInfinite(scoreThreshold)) {
            throw new IllegalArgumentException(
                    "score_threshold is " + scoreThreshold + "; use a finite number of 0 or more");
        }
        Checks.requireNonNull("search_mode", mode);
        Checks.requireNonNull("ranker", ranker);
    }

    /**
     * Returns a vector search for one query with every default.
     *
     * @param query what to look for, non-blank
     * @return the request
     * @throws IllegalArgumentException if {@code query} is {@code null} or blank
     */
    public static SearchRequest of(String query) {
        return new SearchRequest(
                List.of(Checks.requireText("query", query)),
                DEFAULT_RESULTS,
                0,
                null,
                SearchMode.VECTOR,
                Ranker.DEFAULT);
    }

    /**
     * Returns this request with another mode.
     *
     * @param newMode the mode, not {@code null}
     * @return a new request
     */
    public SearchRequest withMode(SearchMode newMode) {
        return new SearchRequest(queries, maxNumResults, scoreThreshold, filter, newMode, ranker);
    }

    /**
     * Returns this request with another filter.
     *
     * @param newFilter the filter, {@code null} for none
     * @return a new request
     */
    public SearchRequest withFilter(Filter newFilter) {
        return new SearchRequest(queries, maxNumResults, scoreThreshold, newFilter, mode, ranker);
    }

    /**
     * Returns this request with another result limit.
     *
     * @param limit from 1 to {@value #MAX_RESULTS}
     * @return a new request
     */
    public SearchRequest withMaxNumResults(int limit) {
        return new SearchRequest(queries, limit, scoreThreshold, filter, mode, ranker);
    }

    /**
     * Returns this request with another ranker.
     *
     * @param newRanker the ranker, not {@code null}
     * @return a new request
     */
    public SearchRequest withRanker(Ranker newRanker) {
        return new SearchRequest(queries, maxNumResults, scoreThreshold, filter, mode, newRanker);
    }
}
