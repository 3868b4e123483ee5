package dev.strata.vectorio.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.inference.ModelInfo;
import dev.strata.api.vectorio.ChunkingStrategy;
import org.junit.jupiter.api.Test;

class ChunkSizingTest {

    private static final ModelInfo MINI_LM = new ModelInfo("all-MiniLM-L6-v2", 384, 256, "local");
    private static final ModelInfo OPENAI = new ModelInfo("text-embedding-3-small", 1536, 8191, "openai");

    @Test
    void autoTakesOpenAisSizesWhereTheModelReadsThatMuch() {
        assertThat(ChunkSizing.resolve(ChunkingStrategy.AUTO, OPENAI)).isEqualTo(new ChunkSize(800, 400));
    }

    @Test
    void autoFitsAModelThatReadsLessThan800Tokens() {
        assertThat(ChunkSizing.resolve(ChunkingStrategy.AUTO, MINI_LM)).isEqualTo(new ChunkSize(256, 128));
    }

    @Test
    void autoOnAModelOfOneTokenHasNoOverlap() {
        ModelInfo tiny = new ModelInfo("tiny", 8, 1, "local");

        assertThat(ChunkSizing.resolve(ChunkingStrategy.AUTO, tiny)).isEqualTo(new ChunkSize(1, 0));
    }

    @Test
    void staticWithinTheLimitIsTakenAsGiven() {
        assertThat(ChunkSizing.resolve(new ChunkingStrategy.Static(200, 50), MINI_LM))
                .isEqualTo(new ChunkSize(200, 50));
        assertThat(ChunkSizing.resolve(new ChunkingStrategy.Static(4096, 2048), OPENAI))
                .isEqualTo(new ChunkSize(4096, 2048));
    }

    @Test
    void staticAtExactlyTheLimitIsTaken() {
        assertThat(ChunkSizing.resolve(new ChunkingStrategy.Static(256, 0), MINI_LM))
                .isEqualTo(new ChunkSize(256, 0));
    }

    @Test
    void staticOverTheLimitIsRefusedWithTheSizeTheModelAndTheFix() {
        assertThatThrownBy(() -> ChunkSizing.resolve(new ChunkingStrategy.Static(800, 400), MINI_LM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("800")
                .hasMessageContaining("all-MiniLM-L6-v2")
                .hasMessageContaining("at most 256")
                .hasMessageContaining("\"auto\"");
    }

    @Test
    void nullArgumentsAreRefused() {
        assertThatThrownBy(() -> ChunkSizing.resolve(null, MINI_LM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ChunkingStrategy.AUTO");
        assertThatThrownBy(() -> ChunkSizing.resolve(ChunkingStrategy.AUTO, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overlapMayBeHalfTheSizeAndNoMore() {
        assertThat(new ChunkSize(5, 2).strideTokens()).isEqualTo(3);
        assertThat(new ChunkSize(1, 0).strideTokens()).isEqualTo(1);

        assertThatThrownBy(() -> new ChunkSize(5, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use 0 to 2");
        assertThatThrownBy(() -> new ChunkSize(10, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChunkSize(0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 or more");
    }
}
