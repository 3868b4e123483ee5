package dev.strata.console.vs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProvidersTest {

    @Test
    void theOnlyProviderIsChosenWithoutAsking() {
        assertThat(Providers.chooseVectorIO(List.of("lucene"), null)).isEqualTo("lucene");
        assertThat(Providers.chooseFiles(List.of("localfs"), null)).isEqualTo("localfs");
    }

    @Test
    void severalNeedAChoiceThatNamesThem() {
        assertThatThrownBy(() -> Providers.chooseVectorIO(List.of("a", "b"), null))
                .hasMessage("2 vector store providers are running (a, b); choose one with --provider");
        assertThat(Providers.chooseVectorIO(List.of("a", "b"), "b")).isEqualTo("b");
        assertThatThrownBy(() -> Providers.chooseFiles(List.of("a", "b"), null))
                .hasMessageStartingWith("2 Files providers are running (a, b); choose")
                .hasMessageEndingWith("with --files");
    }

    @Test
    void anUnknownOneIsNamedWithTheRunningOnes() {
        assertThatThrownBy(() -> Providers.chooseVectorIO(List.of("a", "b"), "c"))
                .hasMessage("No vector store provider 'c' is running; use --provider with one of: a, b");
        assertThatThrownBy(() -> Providers.chooseFiles(List.of("a"), "c"))
                .hasMessage("No Files provider 'c' is running; use --files with one of: a");
    }

    @Test
    void noneSaysHowToGetOne() {
        assertThatThrownBy(() -> Providers.chooseVectorIO(List.of(), null))
                .hasMessageStartingWith("No vector store provider is running; add one under providers.vector_io");
        assertThatThrownBy(() -> Providers.chooseFiles(List.of(), null))
                .hasMessageContaining("add one under providers.files");
    }
}
