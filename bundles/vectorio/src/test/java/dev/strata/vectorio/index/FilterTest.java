package dev.strata.vectorio.index;

import static dev.strata.vectorio.index.Chunks.angle;
import static dev.strata.vectorio.index.Chunks.chunk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.vectorio.ComparisonOperator;
import dev.strata.api.vectorio.Filter;
import dev.strata.api.vectorio.LogicalOperator;
import dev.strata.api.vectorio.Ranker;
import dev.strata.api.vectorio.SearchMode;
import dev.strata.api.vectorio.SearchResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every operator of Filter, on strings, numbers and booleans, as the Filter Javadoc means them. */
class FilterTest {

    @TempDir
    Path folder;

    private StoreIndex index;

    @BeforeEach
    void open() throws IOException {
        index = StoreIndex.open(folder, 2);
        add("ada", attributes("author", "Ada", "year", 1843, "score", 3.0, "public", true));
        add("alan", attributes("author", "Alan", "year", 1936, "score", 3, "public", false));
        add("grace", attributes("author", "Grace", "year", 1952L, "public", true));
        add("text-year", attributes("year", "1843"));
        add("negative-zero", attributes("score", -0.0));
        add("bare", Map.of());
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void eqComparesStringsExactlyNumbersNumericallyAndBooleansAsBooleans() throws IOException {
        assertThat(matching(is("author", "eq", "Ada"))).containsOnly("ada");
        assertThat(matching(is("author", "eq", "ada"))).isEmpty();
        assertThat(matching(is("score", "eq", 3))).containsOnly("ada", "alan");
        assertThat(matching(is("score", "eq", 3.0))).containsOnly("ada", "alan");
        assertThat(matching(is("year", "eq", 1952))).containsOnly("grace");
        assertThat(matching(is("public", "eq", true))).containsOnly("ada", "grace");
        assertThat(matching(is("public", "eq", false))).containsOnly("alan");
    }

    @Test
    void aValueOfAnotherKindIsNeverEqual() throws IOException {
        assertThat(matching(is("year", "eq", 1843))).containsOnly("ada");
        assertThat(matching(is("year", "eq", "1843"))).containsOnly("text-year");
        assertThat(matching(is("public", "eq", "true"))).isEmpty();
        assertThat(matching(is("public", "eq", 1))).isEmpty();
    }

    @Test
    void negativeZeroEqualsZero() throws IOException {
        assertThat(matching(is("score", "eq", 0))).containsOnly("negative-zero");
        assertThat(matching(is("score", "lt", 0))).isEmpty();
        assertThat(matching(is("score", "gte", -0.0))).containsOnly("negative-zero", "ada", "alan");
    }

    @Test
    void neMatchesChunksThatHaveTheKeyWithAnotherValue() throws IOException {
        assertThat(matching(is("author", "ne", "Ada"))).containsOnly("alan", "grace");
        assertThat(matching(is("score", "ne", 3))).containsOnly("negative-zero");
        assertThat(matching(is("public", "ne", true))).containsOnly("alan");
        assertThat(matching(is("year", "ne", 1843))).containsOnly("alan", "grace", "text-year");
    }

    @Test
    void orderingComparesNumbersWithNumbers() throws IOException {
        assertThat(matching(is("year", "gt", 1843))).containsOnly("alan", "grace");
        assertThat(matching(is("year", "gte", 1936))).containsOnly("alan", "grace");
        assertThat(matching(is("year", "lt", 1936))).containsOnly("ada");
        assertThat(matching(is("year", "lte", 1936.0))).containsOnly("ada", "alan");
        assertThat(matching(is("year", "gt", 1843.5))).containsOnly("alan", "grace");
        assertThat(matching(is("year", "gte", 1843))).containsOnly("ada", "alan", "grace");
        assertThat(matching(is("score", "gt", 3))).isEmpty();
    }

    @Test
    void orderingComparesStringsWithStringsByCodePoint() throws IOException {
        assertThat(matching(is("author", "gt", "Ada"))).containsOnly("alan", "grace");
        assertThat(matching(is("author", "gte", "Alan"))).containsOnly("alan", "grace");
        assertThat(matching(is("author", "lt", "Alan"))).containsOnly("ada");
        assertThat(matching(is("author", "lte", "Alan"))).containsOnly("ada", "alan");
        assertThat(matching(is("author", "lt", "a"))).containsOnly("ada", "alan", "grace"); // 'A'-'Z' before 'a'
        assertThat(matching(is("year", "gt", "1000"))).containsOnly("text-year");
        assertThat(matching(is("author", "gt", 5))).isEmpty();
    }

    @Test
    void inMatchesAnyOfTheValuesOfAnyKind() throws IOException {
        assertThat(matching(is("author", "in", List.of("Ada", "Grace", "Nobody"))))
                .containsOnly("ada", "grace");
        assertThat(matching(is("score", "in", List.of(3, 7.5)))).containsOnly("ada", "alan");
        assertThat(matching(is("public", "in", List.of(false)))).containsOnly("alan");
        assertThat(matching(is("year", "in", List.of(1843, "1843")))).containsOnly("ada", "text-year");
        assertThat(matching(is("author", "in", List.of(1936, true)))).isEmpty();
    }

    @Test
    void ninMatchesChunksThatHaveTheKeyWithNoneOfTheValues() throws IOException {
        assertThat(matching(is("author", "nin", List.of("Ada")))).containsOnly("alan", "grace");
        assertThat(matching(is("year", "nin", List.of(1843, 1936)))).containsOnly("grace", "text-year");
        assertThat(matching(is("public", "nin", List.of(true)))).containsOnly("alan");
        assertThat(matching(is("public", "nin", List.of(true, false)))).isEmpty();
    }

    @Test
    void aKeyTheChunkLacksNeverMatchesWhateverTheOperator() throws IOException {
        for (ComparisonOperator operator : EnumSet.allOf(ComparisonOperator.class)) {
            Object value = operator.takesList() ? List.of("x", 1, true) : operator.isOrdering() ? 1 : "x";
            assertThat(matching(new Filter.Comparison("missing", operator, value)))
                    .as(operator.wireName())
                    .isEmpty();
        }
        assertThat(matching(is("author", "ne", "Nobody"))).doesNotContain("bare", "text-year", "negative-zero");
    }

    @Test
    void andAndOrNestToAnyDepth() throws IOException {
        Filter adaOrGrace = any(is("author", "eq", "Ada"), is("author", "eq", "Grace"));
        assertThat(matching(all(adaOrGrace, is("public", "eq", true)))).containsOnly("ada", "grace");
        assertThat(matching(all(adaOrGrace, is("year", "gt", 1900)))).containsOnly("grace");
        assertThat(matching(any(all(is("year", "gte", 1900), is("public", "eq", false)), is("author", "eq", "Ada"))))
                .containsOnly("ada", "alan");

        Filter scoreThreeBefore1900 = all(any(is("score", "eq", 3), is("year", "eq", "1843")), is("year", "lt", 1900));
        Filter deep = all(any(scoreThreeBefore1900, is("author", "eq", "Nobody")), adaOrGrace);
        assertThat(matching(deep)).containsOnly("ada");
        assertThat(matching(any(is("author", "eq", "Nobody")))).isEmpty();
        assertThat(matching(all(is("author", "ne", "Ada")))).containsOnly("alan", "grace");
    }

    @Test
    void aFilterAppliesToKeywordSearchToo() throws IOException {
        List<SearchResult> results = index.search(
                new IndexQuery(null, "notes", is("public", "eq", true), SearchMode.KEYWORD, Ranker.DEFAULT, 10, 0));

        assertThat(results).extracting(SearchResult::fileId).containsExactlyInAnyOrder("ada", "grace");
    }

    @Test
    void resultsCarryTheAttributesAsTheyWereGiven() throws IOException {
        SearchResult ada = index.search(Chunks.vector(angle(0), is("author", "eq", "Ada"), 1))
                .get(0);

        assertThat(ada.attributes())
                .containsExactlyInAnyOrderEntriesOf(
                        attributes("author", "Ada", "year", 1843, "score", 3.0, "public", true));
        assertThat(ada.attributes().get("year")).isInstanceOf(Integer.class);
    }

    private void add(String fileId, Map<String, Object> attributes) throws IOException {
        index.replaceFile(
                fileId, List.of(chunk(fileId, 0, "notes of " + fileId, angle(fileId.length() * 10), attributes)));
    }

    private Set<String> matching(Filter filter) throws IOException {
        return index.search(Chunks.vector(angle(0), filter, 100)).stream()
                .map(SearchResult::fileId)
                .collect(Collectors.toSet());
    }

    private static Filter is(String key, String operator, Object value) {
        return new Filter.Comparison(key, ComparisonOperator.fromWireName(operator), value);
    }

    private static Filter all(Filter... filters) {
        return new Filter.Compound(LogicalOperator.AND, List.of(filters));
    }

    private static Filter any(Filter... filters) {
        return new Filter.Compound(LogicalOperator.OR, List.of(filters));
    }

    private static Map<String, Object> attributes(Object... keysAndValues) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            attributes.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return attributes;
    }
}
