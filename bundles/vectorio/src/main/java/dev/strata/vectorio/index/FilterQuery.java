package dev.strata.vectorio.index;

import dev.strata.api.vectorio.ComparisonOperator;
import dev.strata.api.vectorio.Filter;
import dev.strata.api.vectorio.LogicalOperator;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a {@link Filter} into a Lucene query over the fields of {@link AttributeFields}, with
 * the meaning the Filter Javadoc gives:
 *
 * <ul>
 *   <li>{@code eq}, {@code in}: the attribute has one of the values, numbers compared as
 *       doubles (3 equals 3.0), strings exactly, booleans as booleans; a value of another kind
 *       is never equal;
 *   <li>{@code ne}, {@code nin}: the attribute is there and has none of the values; a chunk
 *       without the key does not match;
 *   <li>{@code gt}, {@code gte}, {@code lt}, {@code lte}: a number attribute against a number,
 *       a string attribute against a string (by code point); other kinds do not match;
 *   <li>{@code and}, {@code or}: every, or at least one, of the nested filters.
 * </ul>
 *
 * Numbers are compared as doubles, so integers beyond 2^53 may compare equal to their
 * neighbours. The query only selects; it gives every match the same score.
 */
final class FilterQuery {

    private FilterQuery() {}

    static Query of(Filter filter) {
        return new ConstantScoreQuery(query(filter));
    }

    private static Query query(Filter filter) {
        if (filter instanceof Filter.Compound compound) {
            return compound(compound);
        }
        return comparison((Filter.Comparison) filter);
    }

    private static Query compound(Filter.Compound compound) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Occur occur = compound.operator() == LogicalOperator.AND ? Occur.FILTER : Occur.SHOULD;
        for (Filter filter : compound.filters()) {
            query.add(query(filter), occur);
        }
        if (occur == Occur.SHOULD) {
            query.setMinimumNumberShouldMatch(1);
        }
        return query.build();
    }

    private static Query comparison(Filter.Comparison comparison) {
        String key = comparison.key();
        Object value = comparison.value();
        ComparisonOperator operator = comparison.operator();
        return switch (operator) {
            case EQ -> equalTo(key, value);
            case NE -> presentBut(key, equalTo(key, value));
            case IN -> oneOf(key, (List<?>) value);
            case NIN -> presentBut(key, oneOf(key, (List<?>) value));
            case GT, GTE, LT, LTE ->
                value instanceof Number number
                        ? numberRange(key, operator, AttributeFields.number(number))
                        : stringRange(key, operator, (String) value);
        };
    }

    /** Chunks that have the attribute, whatever its value, and do not match {@code excluded}. */
    private static Query presentBut(String key, Query excluded) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(AttributeFields.KEYS, key)), Occur.FILTER)
                .add(excluded, Occur.MUST_NOT)
                .build();
    }

    private static Query equalTo(String key, Object value) {
        if (value instanceof String string) {
            return new TermQuery(new Term(AttributeFields.strings(key), string));
        }
        if (value instanceof Boolean bool) {
            return new TermQuery(new Term(AttributeFields.booleans(key), bool.toString()));
        }
        return DoublePoint.newExactQuery(AttributeFields.numbers(key), AttributeFields.number((Number) value));
    }

    /** One query per kind of value in the list, each matching any of its values. */
    private static Query oneOf(String key, List<?> values) {
        List<BytesRef> strings = new ArrayList<>();
        List<BytesRef> booleans = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof String string) {
                strings.add(new BytesRef(string));
            } else if (value instanceof Boolean bool) {
                booleans.add(new BytesRef(bool.toString()));
            } else {
                numbers.add(AttributeFields.number((Number) value));
            }
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        if (!strings.isEmpty()) {
            query.add(new TermInSetQuery(AttributeFields.strings(key), strings), Occur.SHOULD);
        }
        if (!booleans.isEmpty()) {
            query.add(new TermInSetQuery(AttributeFields.booleans(key), booleans), Occur.SHOULD);
        }
        if (!numbers.isEmpty()) {
            query.add(DoublePoint.newSetQuery(AttributeFields.numbers(key), numbers), Occur.SHOULD);
        }
        return query.build();
    }

    /** A range over the double points; strict bounds become the next double inward. */
    private static Query numberRange(String key, ComparisonOperator operator, double value) {
        double lower = Double.NEGATIVE_INFINITY;
        double upper = Double.POSITIVE_INFINITY;
        switch (operator) {
            case GT -> lower = Math.nextUp(value);
            case GTE -> lower = value;
            case LT -> upper = Math.nextDown(value);
            default -> upper = value;
        }
        return DoublePoint.newRangeQuery(AttributeFields.numbers(key), lower, upper);
    }

    /** A range over the string terms; an open end includes everything on its side. */
    private static Query stringRange(String key, ComparisonOperator operator, String value) {
        String field = AttributeFields.strings(key);
        return switch (operator) {
            case GT -> TermRangeQuery.newStringRange(field, value, null, false, true);
            case GTE -> TermRangeQuery.newStringRange(field, value, null, true, true);
            case LT -> TermRangeQuery.newStringRange(field, null, value, true, false);
            default -> TermRangeQuery.newStringRange(field, null, value, true, true);
        };
    }
}
