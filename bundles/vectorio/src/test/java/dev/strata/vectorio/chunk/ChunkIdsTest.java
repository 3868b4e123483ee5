package dev.strata.vectorio.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChunkIdsTest {

    @Test
    void theSameChunkAlwaysGetsTheSameId() {
        assertThat(ChunkIds.of("vs_1", "file-a", 3)).isEqualTo(ChunkIds.of("vs_1", "file-a", 3));
    }

    @Test
    void idsAreShortAsciiTermsOfOneLength() {
        String longFileId = "file-" + "x".repeat(5000) + "/ü ";

        assertThat(ChunkIds.of("vs_1", "file-a", 0)).matches("chunk_[0-9a-f]{32}");
        assertThat(ChunkIds.of("vs_1", longFileId, Integer.MAX_VALUE)).matches("chunk_[0-9a-f]{32}");
    }

    @Test
    void idsAreDistinctAcrossPositionsFilesAndStores() {
        Set<String> ids = new HashSet<>();
        for (String store : new String[] {"vs_1", "vs_2"}) {
            for (int file = 0; file < 50; file++) {
                for (int position = 0; position < 50; position++) {
                    ids.add(ChunkIds.of(store, "file-" + file, position));
                }
            }
        }

        assertThat(ids).hasSize(2 * 50 * 50);
    }

    @Test
    void idsThatRunTogetherStillDiffer() {
        assertThat(ChunkIds.of("vs_1", "file-1", 23)).isNotEqualTo(ChunkIds.of("vs_1", "file-12", 3));
        assertThat(ChunkIds.of("vs_a", "bc", 0)).isNotEqualTo(ChunkIds.of("vs_ab", "c", 0));
    }

    @Test
    void badPartsAreRefused() {
        assertThatThrownBy(() -> ChunkIds.of("vs_1", "file-a", -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> ChunkIds.of("", "file-a", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChunkIds.of("vs_1", null, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
