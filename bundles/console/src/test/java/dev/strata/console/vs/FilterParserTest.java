package dev.strata.console.vs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.vectorio.ComparisonOperator;
import dev.strata.api.vectorio.Filter;
import dev.strata.api.vectorio.Filter.Comparison;
import dev.strata.api.vectorio.Filter.Compound;
import dev.strata.api.vectorio.LogicalOperator;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterParserTest {

    private static Filter one(String text) {
        return FilterParser.parse(List.of(text));
    }

    @Test
    void everyShortOperatorReadsAsOpenAIsComparison() {
        assertThat(one("author=Ada")).isEqualTo(new Comparison("author", ComparisonOperator.EQ, "Ada"));
        assertThat(one("author!=Ada")).isEqualTo(new Comparison("author", ComparisonOperator.NE, "Ada"));
        assertThat(one("year>2020")).isEqualTo(new Comparison("year", ComparisonOperator.GT, 2020L));
        assertThat(one("year>=2020")).isEqualTo(new Comparison("year", ComparisonOperator.GTE, 2020L));
        assertThat(one("year<2020")).isEqualTo(new Comparison("year", ComparisonOperator.LT, 2020L));
        assertThat(one("year <= 2020")).isEqualTo(new Comparison("year", ComparisonOperator.LTE, 2020L));
    }

    @Test
    void valuesAreTypedUnlessQuoted() {
        assertThat(one("score>0.5")).isEqualTo(new Comparison("score", ComparisonOperator.GT, 0.5));
        assertThat(one("draft=true")).isEqualTo(new Comparison("draft", ComparisonOperator.EQ, true));
        assertThat(one("year=\"2024\"")).isEqualTo(new Comparison("year", ComparisonOperator.EQ, "2024"));
        assertThat(one("url=http://x?a=b")).isEqualTo(new Comparison("url", ComparisonOperator.EQ, "http://x?a=b"));
        assertThat(one("title=made in Lyon")).isEqualTo(new Comparison("title", ComparisonOperator.EQ, "made in Lyon"));
    }

    @Test
    void inAndNotInTakeCommaSeparatedLists() {
        assertThat(one("lang in en, de,3"))
                .isEqualTo(new Comparison("lang", ComparisonOperator.IN, List.of("en", "de", 3L)));
        assertThat(one("lang NOT IN fr")).isEqualTo(new Comparison("lang", ComparisonOperator.NIN, List.of("fr")));
    }

    @Test
    void severalFiltersAreAnded() {
        assertThat(FilterParser.parse(List.of("a=1", "b in x,y")))
                .isEqualTo(new Compound(
                        LogicalOperator.AND,
                        List.of(
                                new Comparison("a", ComparisonOperator.EQ, 1L),
                                new Comparison("b", ComparisonOperator.IN, List.of("x", "y")))));
        assertThat(FilterParser.parse(List.of())).isNull();
        assertThat(FilterParser.parse(null)).isNull();
    }

    @Test
    void jsonFiltersTakeOpenAIsShapeToAnyDepth() {
        String json = "{\"type\":\"or\",\"filters\":[{\"type\":\"eq\",\"key\":\"a\",\"value\":1},"
                + "{\"type\":\"and\",\"filters\":[{\"type\":\"nin\",\"key\":\"b\",\"value\":[\"x\",2.5]}]}]}";

        assertThat(one(json))
                .isEqualTo(new Compound(
                        LogicalOperator.OR,
                        List.of(
                                new Comparison("a", ComparisonOperator.EQ, 1L),
                                new Compound(
                                        LogicalOperator.AND,
                                        List.of(new Comparison("b", ComparisonOperator.NIN, List.of("x", 2.5)))))));
    }

    @Test
    void aTextWithoutOperatorNamesItselfAndTheForms() {
        assertThatThrownBy(() -> one("author"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--filter 'author' is not a filter: it has no operator. Use key=value,")
                .hasMessageContaining("'key in a,b,c'")
                .hasMessageContaining("{\"type\":\"eq\"");
    }

    @Test
    void badFiltersSayWhatIsWrong() {
        assertThatThrownBy(() -> one("a=")).hasMessageContaining("it has no value; for the empty string write a=\"\"");
        assertThatThrownBy(() -> one("a in x,,y")).hasMessageContaining("its list has an empty item");
        assertThatThrownBy(() -> one("a>true")).hasMessageContaining("has the boolean value true");
        assertThatThrownBy(() -> one("{\"type\":\"eq\",\"key\":\"a\"")).hasMessageContaining("is not valid JSON");
        assertThatThrownBy(() -> one("{\"type\":\"like\",\"key\":\"a\",\"value\":1}"))
                .hasMessageContaining("the filter has the type \"like\"; use eq, ne");
        assertThatThrownBy(() -> one("{\"type\":\"and\",\"filters\":[{\"type\":\"eq\",\"value\":1}]}"))
                .hasMessageContaining("the filter.filters[0] has no \"key\" string");
        assertThatThrownBy(() -> one("{\"type\":\"eq\",\"key\":\"a\",\"value\":1,\"values\":2}"))
                .hasMessageContaining("has the field \"values\"");
        assertThatThrownBy(() -> one("{\"type\":\"in\",\"key\":\"a\",\"value\":[]}"))
                .hasMessageContaining("give a non-empty list of values");
    }
}
