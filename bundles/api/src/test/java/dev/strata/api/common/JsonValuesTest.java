package dev.strata.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

    @Test
    void copyIsDeepAndKeepsKeyOrder() {
        List<Object> tags = new ArrayList<>(List.of("a", "b"));
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("z", 1);
        source.put("a", tags);
        source.put("m", null);

        Map<String, Object> copy = JsonValues.copyObject("data", source);
        tags.add("c");
        source.put("new", true);

        assertThat(copy).containsExactly(Map.entry("z", 1), Map.entry("a", List.of("a", "b")), entry("m", null));
    }

    @Test
    void copyCannotBeChanged() {
        Map<String, Object> copy = JsonValues.copyObject("data", Map.of("list", List.of(1)));

        assertThatThrownBy(() -> copy.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<?>) copy.get("list")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesNullObjectWithItsName() {
        assertThatThrownBy(() -> JsonValues.copyObject("metadata", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("metadata is null");
    }

    @Test
    void refusesNonJsonValueNamingItsPath() {
        Map<String, Object> source = Map.of("outer", Map.of("when", new java.util.Date(0)));

        assertThatThrownBy(() -> JsonValues.copyObject("data", source))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("data.outer.when is a java.util.Date");
    }

    @Test
    void refusesNonFiniteNumberNamingItsPath() {
        Map<String, Object> source = Map.of("scores", List.of(1.0, Double.NaN));

        assertThatThrownBy(() -> JsonValues.copyObject("result", source))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("result.scores[1] is NaN");
    }

    @Test
    void refusesNonStringKey() {
        Map<Object, Object> source = new HashMap<>();
        source.put(7, "seven");

        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) (Map<?, ?>) source;
        assertThatThrownBy(() -> JsonValues.copyObject("data", typed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has the key 7");
    }

    private static Map.Entry<String, Object> entry(String key, Object value) {
        return new java.util.AbstractMap.SimpleEntry<>(key, value);
    }
}
