package dev.strata.api.vectorio;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Which chunks a search may return, by their file's attributes: OpenAI's {@code filters}, a
 * {@link Comparison} or a {@link Compound} of filters nested to any depth. Immutable.
 *
 * <p>A comparison with a key the file has no attribute for does not match, whatever the
 * operator ({@code ne} and {@code nin} included). Ordering operators compare numbers with
 * numbers and strings with strings (by Unicode code point); a value of the other kind does not
 * match. {@code eq}, {@code ne}, {@code in} and {@code nin} compare a number attribute by its
 * numeric value, so {@code 3} and {@code 3.0} are equal.
 */
@ProviderType
public sealed interface Filter permits Filter.Comparison, Filter.Compound {

    /**
     * One attribute compared with a value: {@code {"type": "eq", "key": "author", "value":
     * "Ada"}}.
     *
     * @param key the attribute's name, never {@code null} or blank
     * @param operator how to compare, never {@code null}
     * @param value a string, finite number or boolean; for {@link ComparisonOperator#IN} and
     *     {@link ComparisonOperator#NIN} a non-empty list of them
     */
    @ProviderType
    record Comparison(String key, ComparisonOperator operator, Object value) implements Filter {

        /**
         * Validates the comparison and copies a list value.
         *
         * @throws IllegalArgumentException if {@code key} is blank, {@code operator} is {@code
         *     null}, or {@code value} does not suit the operator; the message names the key
         */
        public Comparison {
            Checks.requireText("filter key", key);
            Checks.requireNonNull("filter operator for key '" + key + "'", operator);
            if (operator.takesList()) {
                if (!(value instanceof List<?> list) || list.isEmpty()) {
                    throw new IllegalArgumentException("filter '" + operator.wireName() + "' on key '" + key
                            + "' has value " + Checks.describe(value) + "; give a non-empty list of values");
                }
                for (int i = 0; i < list.size(); i++) {
                    Checks.requireScalar("filter value [" + i + "] for key '" + key + "'", list.get(i));
                }
                value = List.copyOf(list);
            } else {
                Checks.requireScalar("filter value for key '" + key + "'", value);
                if (operator.isOrdering() && value instanceof Boolean) {
                    throw new IllegalArgumentException("filter '" + operator.wireName() + "' on key '" + key
                            + "' has the boolean value " + value + "; order compares numbers or strings");
                }
            }
        }
    }

    /**
     * Filters combined with {@code and} or {@code or}: {@code {"type": "and", "filters":
     * [...]}}.
     *
     * @param operator how to combine, never {@code null}
     * @param filters the filters, at least one, none {@code null}
     */
    @ProviderType
    record Compound(LogicalOperator operator, List<Filter> filters) implements Filter {

        /**
         * Validates and copies the filters.
         *
         * @throws IllegalArgumentException if {@code operator} is {@code null} or {@code
         *     filters} is {@code null}, empty or holds {@code null}
         */
        public Compound {
            Checks.requireNonNull("compound filter operator", operator);
            if (filters == null || filters.isEmpty()) {
                throw new IllegalArgumentException("compound filter '" + (operator == null ? null : operator.wireName())
                        + "' has no filters; give at least one");
            }
            for (int i = 0; i < filters.size(); i++) {
                Checks.requireNonNull("filters[" + i + "]", filters.get(i));
            }
            filters = List.copyOf(filters);
        }
    }
}
