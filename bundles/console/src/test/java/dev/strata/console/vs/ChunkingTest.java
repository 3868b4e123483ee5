package dev.strata.console.vs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.vectorio.ChunkingStrategy;
import org.junit.jupiter.api.Test;

class ChunkingTest {

    @Test
    void bothOptionsMakeAStaticStrategyAndNeitherLeavesTheStoreDefault() {
        assertThat(Chunking.of(800, 400)).isEqualTo(new ChunkingStrategy.Static(800, 400));
        assertThat(Chunking.of(null, null)).isNull();
    }

    @Test
    void aProvidersRefusalIsWordedAsTheOptions() {
        RuntimeException provider = new IllegalArgumentException("max_chunk_size_tokens is 300 but the embedding"
                + " model 'minilm' reads at most 256 tokens, so it would cut every chunk short; use at most 256, or"
                + " the \"auto\" chunking strategy");

        assertThat(Chunking.inOptionTerms(provider))
                .hasMessage("--chunk-size is 300 but the embedding model 'minilm' reads at most 256 tokens, so it"
                        + " would cut every chunk short; use at most 256, or no --chunk-size and --chunk-overlap"
                        + " (auto chunking)")
                .hasCause(provider);
        RuntimeException other = new IllegalStateException("no vector IO provider");
        assertThat(Chunking.inOptionTerms(other)).isSameAs(other);
    }

    @Test
    void oneWithoutTheOtherIsRefused() {
        assertThatThrownBy(() -> Chunking.of(800, null))
                .hasMessageStartingWith("--chunk-size and --chunk-overlap go together");
        assertThatThrownBy(() -> Chunking.of(null, 10))
                .hasMessageStartingWith("--chunk-size and --chunk-overlap go together");
    }

    @Test
    void outOfRangeValuesNameTheOptionAndTheRange() {
        assertThatThrownBy(() -> Chunking.of(50, 0))
                .hasMessage("--chunk-size 50 is out of range; use 100 to 4096 tokens");
        assertThatThrownBy(() -> Chunking.of(800, 401))
                .hasMessage("--chunk-overlap 401 is out of range; use 0 to 400 tokens, half of --chunk-size 800");
    }

    @Test
    void strategiesAreShownInTheUsersWords() {
        assertThat(Chunking.describe(new ChunkingStrategy.Static(800, 400)))
                .isEqualTo("static: 800 tokens, 400 overlap");
        assertThat(Chunking.describe(ChunkingStrategy.AUTO)).startsWith("auto");
    }
}
