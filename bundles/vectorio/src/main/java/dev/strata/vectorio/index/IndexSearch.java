package dev.strata.vectorio.index;

import dev.strata.api.vectorio.SearchResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * One search over one point-in-time searcher. Filters apply inside each search (the vector
 * search only visits chunks the filter accepts), so a restrictive filter still finds up to the
 * limit. Results are ordered {@link Hit#BEST_FIRST}; the score threshold applies to the final
 * score, then the limit.
 */
final class IndexSearch {

    /** A hybrid search takes this many candidates from each side at least: {@value}. */
    static final int MIN_CANDIDATES = 50;

    /** ...and at least this many times its limit: {@value}. */
    static final int CANDIDATES_PER_RESULT = 3;

    /**
     * The HNSW search looks for at least this many nearest chunks, {@value}, and keeps the best
     * of them: a wider search finds the true nearest more often, for a little more time. With 40,
     * recall@10 against exact search is about 0.98 at 100,000 chunks (see benchmarks/vectorio).
     */
    static final int MIN_VECTOR_CANDIDATES = 40;

    private static final Set<String> CHUNK_ID_ONLY = Set.of(ChunkFields.CHUNK_ID);

    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    IndexSearch(IndexSearcher searcher, Analyzer analyzer) {
        this.searcher = searcher;
        this.analyzer = analyzer;
    }

    List<SearchResult> run(IndexQuery query) throws IOException {
        Query filter = query.filterOrNull() == null ? null : FilterQuery.of(query.filterOrNull());
        int limit = query.limit();
        List<Hit> hits;
        try {
            hits = switch (query.mode()) {
                case VECTOR -> vector(query.vectorOrNull(), filter, Math.max(limit, MIN_VECTOR_CANDIDATES));
                case KEYWORD -> keyword(query.textOrNull(), filter, limit);
                case HYBRID -> {
                    int candidates = Math.max(MIN_CANDIDATES, CANDIDATES_PER_RESULT * limit);
                    yield HybridFusion.fuse(
                            query.ranker(),
                            vector(query.vectorOrNull(), filter, candidates),
                            keyword(query.textOrNull(), filter, candidates));
                }
            };
        } catch (IndexSearcher.TooManyClauses tooMany) {
            throw new IllegalArgumentException(
                    "the search has more than " + IndexSearcher.getMaxClauseCount()
                            + " clauses, counting the filter's comparisons and the query's words; use a smaller filter",
                    tooMany);
        }
        hits.sort(Hit.BEST_FIRST);
        return results(hits, query.scoreThreshold(), limit);
    }

    private List<Hit> vector(float[] vector, Query filter, int k) throws IOException {
        TopDocs top = searcher.search(new KnnFloatVectorQuery(ChunkFields.VECTOR, vector, k, filter), k);
        return hits(top);
    }

    private List<Hit> keyword(String text, Query filter, int count) throws IOException {
        Query words = KeywordQuery.of(analyzer, text);
        if (words == null) {
            return new ArrayList<>();
        }
        Query query = filter == null
                ? words
                : new BooleanQuery.Builder()
                        .add(words, Occur.MUST)
                        .add(filter, Occur.FILTER)
                        .build();
        return hits(searcher.search(query, count));
    }

    /**
     * The hits of a search with their chunk ids. A cosine score may come out a hair below 0 for
     * opposite vectors, through rounding; it is taken as 0, the lowest score a result may have.
     */
    private List<Hit> hits(TopDocs top) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc scored : top.scoreDocs) {
            String chunkId = stored.document(scored.doc, CHUNK_ID_ONLY).get(ChunkFields.CHUNK_ID);
            hits.add(new Hit(scored.doc, chunkId, Math.max(0, scored.score)));
        }
        return hits;
    }

    private List<SearchResult> results(List<Hit> hits, double threshold, int limit) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<SearchResult> results = new ArrayList<>(Math.min(limit, hits.size()));
        for (Hit hit : hits) {
            if (results.size() == limit || hit.score() < threshold) {
                break;
            }
            results.add(ChunkFields.result(stored.document(hit.doc()), hit.score()));
        }
        return results;
    }
}
