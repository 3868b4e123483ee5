package dev.strata.vectorio.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The BM25 query for a search's words: the text goes through the same analyzer as the chunks'
 * text (so "running" finds "runs"), and each distinct term becomes an optional clause, boosted
 * by how often it occurs in the query: a bag of words. Nothing in the text is query syntax, so
 * quotes, colons or brackets can never make it fail.
 */
final class KeywordQuery {

    /**
     * The most distinct terms a query keeps, the first ones in the text: well under Lucene's limit
     * of 1024 clauses a search may have, which a filter shares.
     */
    static final int MAX_TERMS = 256;

    private KeywordQuery() {}

    /** Returns the query, or {@code null} when the text has no searchable term (only stop words, say). */
    static Query of(Analyzer analyzer, String text) {
        Map<String, Integer> counts = terms(analyzer, text);
        if (counts.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Map.Entry<String, Integer> term : counts.entrySet()) {
            Query clause = new TermQuery(new Term(ChunkFields.TEXT, term.getKey()));
            query.add(term.getValue() == 1 ? clause : new BoostQuery(clause, term.getValue()), Occur.SHOULD);
        }
        return query.build();
    }

    private static Map<String, Integer> terms(Analyzer analyzer, String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (TokenStream tokens = analyzer.tokenStream(ChunkFields.TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String word = term.toString();
                if (counts.size() < MAX_TERMS || counts.containsKey(word)) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
            tokens.end();
        } catch (IOException impossible) {
            throw new UncheckedIOException("analyzing a string failed", impossible); // a String never fails to read
        }
        return counts;
    }
}
