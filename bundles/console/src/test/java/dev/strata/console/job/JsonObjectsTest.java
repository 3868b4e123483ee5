package dev.strata.console.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonObjectsTest {

    @Test
    void readsAnObject() {
        assertThat(JsonObjects.parse("data", "{\"file\": \"a.txt\", \"n\": [1, 2]}"))
                .containsEntry("file", "a.txt")
                .containsEntry("n", List.of(1, 2));
    }

    @Test
    void nothingIsAnEmptyObject() {
        assertThat(JsonObjects.parse("data", null)).isEmpty();
        assertThat(JsonObjects.parse("data", " ")).isEmpty();
    }

    @Test
    void anArrayIsRefusedWithAnExample() {
        assertThatThrownBy(() -> JsonObjects.parse("data", "[1]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("data is [1], not a JSON object; write one such as");
    }

    @Test
    void brokenJsonIsRefusedNamingTheText() {
        assertThatThrownBy(() -> JsonObjects.parse("--metadata", "{file: 1"))
                .hasMessageStartingWith("--metadata is not valid JSON: {file: 1 (");
    }

    @Test
    void writesCompactJson() {
        assertThat(JsonObjects.write(Map.of("a", 1))).isEqualTo("{\"a\":1}");
    }
}
