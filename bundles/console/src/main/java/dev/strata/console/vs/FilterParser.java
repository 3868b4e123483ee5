package dev.strata.console.vs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.api.vectorio.ComparisonOperator;
import dev.strata.api.vectorio.Filter;
import dev.strata.api.vectorio.LogicalOperator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code vs:search --filter} texts into a {@link Filter}: short forms such as {@code
 * year>=2020} and {@code lang in en,de}, or a JSON object in the shape of OpenAI's {@code
 * filters}. Several texts are and-ed.
 */
final class FilterParser {

    /** The accepted forms, for error messages. */
    static final String FORMS = "key=value, key!=value, key>value, key>=value, key<value, key<=value,"
            + " 'key in a,b,c', 'key not in a,b,c', or a JSON filter such as"
            + " '{\"type\":\"eq\",\"key\":\"author\",\"value\":\"Ada\"}' or"
            + " '{\"type\":\"and\",\"filters\":[...]}' (quote the filter: the shell reads > and { itself)";

    private static final Pattern LIST =
            Pattern.compile("([^\\s=!<>]+)\\s+(not\\s+in|in)\\s+(.*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern COMPARISON = Pattern.compile("([^\\s=!<>]+)\\s*(!=|>=|<=|==|=|>|<)\\s*(.*)");
    private static final Set<String> COMPARISON_FIELDS = Set.of("type", "key", "value");
    private static final Set<String> COMPOUND_FIELDS = Set.of("type", "filters");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FilterParser() {}

    /**
     * Reads the {@code --filter} options.
     *
     * @param texts the options' values, {@code null} or empty for no filter
     * @return the filter, or {@code null} for none
     * @throws IllegalArgumentException naming the text that is not a filter and the forms that are
     */
    static Filter parse(List<String> texts) {
        if (texts == null || texts.isEmpty()) {
            return null;
        }
        List<Filter> filters = texts.stream().map(FilterParser::parseOne).toList();
        return filters.size() == 1 ? filters.get(0) : new Filter.Compound(LogicalOperator.AND, filters);
    }

    static Filter parseOne(String text) {
        try {
            String trimmed = text.trim();
            return trimmed.startsWith("{") ? json(trimmed) : simple(trimmed);
        } catch (IllegalArgumentException notAFilter) {
            throw new IllegalArgumentException(
                    "--filter '" + text + "' is not a filter: " + notAFilter.getMessage() + ". Use " + FORMS);
        }
    }

    private static Filter simple(String text) {
        Matcher list = LIST.matcher(text);
        if (list.matches()) {
            boolean none = list.group(2).toLowerCase(Locale.ROOT).startsWith("not");
            return new Filter.Comparison(
                    list.group(1), none ? ComparisonOperator.NIN : ComparisonOperator.IN, items(list.group(3)));
        }
        Matcher comparison = COMPARISON.matcher(text);
        if (!comparison.matches()) {
            throw new IllegalArgumentException("it has no operator");
        }
        if (comparison.group(3).isBlank()) {
            throw new IllegalArgumentException("it has no value; for the empty string write " + comparison.group(1)
                    + comparison.group(2) + "\"\"");
        }
        return new Filter.Comparison(
                comparison.group(1), operator(comparison.group(2)), KeyValues.scalar(comparison.group(3)));
    }

    private static ComparisonOperator operator(String symbol) {
        return switch (symbol) {
            case "=", "==" -> ComparisonOperator.EQ;
            case "!=" -> ComparisonOperator.NE;
            case ">" -> ComparisonOperator.GT;
            case ">=" -> ComparisonOperator.GTE;
            case "<" -> ComparisonOperator.LT;
            default -> ComparisonOperator.LTE;
        };
    }

    private static List<Object> items(String text) {
        List<Object> items = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            if (item.isBlank()) {
                throw new IllegalArgumentException("its list has an empty item; separate values with single commas");
            }
            items.add(KeyValues.scalar(item));
        }
        return items;
    }

    private static Filter json(String text) {
        Object tree;
        try {
            tree = MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("it is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        return fromJson(tree, "the filter");
    }

    private static Filter fromJson(Object node, String path) {
        if (!(node instanceof Map<?, ?> object)) {
            throw new IllegalArgumentException(path + " is not a JSON object");
        }
        if (!(object.get("type") instanceof String type)) {
            throw new IllegalArgumentException(
                    path + " has no \"type\" string; use eq, ne, gt, gte, lt, lte, in," + " nin, and or or");
        }
        if (type.equals("and") || type.equals("or")) {
            return compound(object, LogicalOperator.fromWireName(type), path);
        }
        ComparisonOperator operator = comparisonType(type, path);
        onlyFields(object, COMPARISON_FIELDS, path);
        if (!(object.get("key") instanceof String key)) {
            throw new IllegalArgumentException(path + " has no \"key\" string");
        }
        if (!object.containsKey("value")) {
            throw new IllegalArgumentException(path + " has no \"value\"");
        }
        return new Filter.Comparison(key, operator, value(object.get("value")));
    }

    private static Filter compound(Map<?, ?> object, LogicalOperator operator, String path) {
        onlyFields(object, COMPOUND_FIELDS, path);
        if (!(object.get("filters") instanceof List<?> children) || children.isEmpty()) {
            throw new IllegalArgumentException(path + " (" + operator.wireName() + ") has no \"filters\" list");
        }
        List<Filter> filters = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            filters.add(fromJson(children.get(i), path + ".filters[" + i + "]"));
        }
        return new Filter.Compound(operator, filters);
    }

    private static ComparisonOperator comparisonType(String type, String path) {
        try {
            return ComparisonOperator.fromWireName(type);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(
                    path + " has the type \"" + type + "\"; use eq, ne, gt, gte, lt, lte," + " in, nin, and or or");
        }
    }

    private static void onlyFields(Map<?, ?> object, Set<String> allowed, String path) {
        for (Object field : object.keySet()) {
            if (!allowed.contains(field)) {
                throw new IllegalArgumentException(
                        path + " has the field \"" + field + "\", which its type does not take");
            }
        }
    }

    /** Whole numbers become {@code Long}s and others {@code Double}s, as the short forms type them. */
    private static Object value(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(FilterParser::value).toList();
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : (Object) big.doubleValue();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigDecimal || value instanceof Float) {
            return ((Number) value).doubleValue();
        }
        return value;
    }
}
