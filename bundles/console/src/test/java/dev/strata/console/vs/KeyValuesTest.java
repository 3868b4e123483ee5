package dev.strata.console.vs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyValuesTest {

    @Test
    void metadataStaysText() {
        assertThat(KeyValues.strings("--metadata", List.of("team=search", "n=1", "q=a=b")))
                .containsExactly(
                        java.util.Map.entry("team", "search"),
                        java.util.Map.entry("n", "1"),
                        java.util.Map.entry("q", "a=b"));
        assertThat(KeyValues.strings("--metadata", null)).isEmpty();
    }

    @Test
    void attributesAreTyped() {
        assertThat(KeyValues.typed("--attribute", List.of("year=2024", "score=-1.5e2", "draft=false", "id='7'", "t=x")))
                .containsEntry("year", 2024L)
                .containsEntry("score", -150.0)
                .containsEntry("draft", false)
                .containsEntry("id", "7")
                .containsEntry("t", "x");
        assertThat(KeyValues.scalar("True")).isEqualTo("True");
        assertThat(KeyValues.scalar("1e999")).isEqualTo("1e999");
    }

    @Test
    void aPairWithoutKeyOrTwiceIsRefused() {
        assertThatThrownBy(() -> KeyValues.strings("--metadata", List.of("team")))
                .hasMessage("--metadata team is not key=value; write it such as --metadata team=search");
        assertThatThrownBy(() -> KeyValues.strings("--attribute", List.of(" =x")))
                .hasMessageStartingWith("--attribute  =x is not key=value");
        assertThatThrownBy(() -> KeyValues.strings("--metadata", List.of("a=1", "a=2")))
                .hasMessage("--metadata gives the key 'a' twice; give each key once");
    }
}
