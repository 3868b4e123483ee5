package dev.strata.vectorio.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.vectorio.ChunkingStrategy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChunkingJsonTest {

    @Test
    void bothStrategiesRoundTripInOpenAisShape() {
        ChunkingStrategy fixed = new ChunkingStrategy.Static(200, 50);

        assertThat(ChunkingJson.toMap(fixed))
                .isEqualTo(Map.of(
                        "type", "static", "static", Map.of("max_chunk_size_tokens", 200, "chunk_overlap_tokens", 50)));
        assertThat(ChunkingJson.fromMap(ChunkingJson.toMap(fixed))).isEqualTo(fixed);
        assertThat(ChunkingJson.fromMap(ChunkingJson.toMap(ChunkingStrategy.AUTO)))
                .isEqualTo(ChunkingStrategy.AUTO);
    }

    @Test
    void anUnknownTypeIsRefused() {
        assertThatThrownBy(() -> ChunkingJson.fromMap(Map.of("type", "semantic")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("semantic");
    }
}
