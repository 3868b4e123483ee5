package dev.strata.vectorio.store;

import dev.strata.api.vectorio.ChunkingStrategy;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link ChunkingStrategy} as the JSON object OpenAI gives it, for job data: {@code {"type":
 * "auto"}} or {@code {"type": "static", "static": {"max_chunk_size_tokens": N,
 * "chunk_overlap_tokens": M}}}.
 */
final class ChunkingMaps {

    private ChunkingMaps() {}

    static Map<String, Object> toMap(ChunkingStrategy strategy) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", strategy.type());
        if (strategy instanceof ChunkingStrategy.Static sized) {
            map.put(
                    "static",
                    Map.of(
                            "max_chunk_size_tokens", sized.maxChunkSizeTokens(),
                            "chunk_overlap_tokens", sized.chunkOverlapTokens()));
        }
        return map;
    }

    /**
     * Reads a strategy.
     *
     * @throws IllegalArgumentException if the object is not one of the two shapes
     */
    static ChunkingStrategy fromMap(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("chunking_strategy is " + value + "; give {\"type\": \"auto\"} or"
                    + " {\"type\": \"static\", \"static\": {...}}");
        }
        Object type = map.get("type");
        if ("auto".equals(type)) {
            return ChunkingStrategy.AUTO;
        }
        if ("static".equals(type) && map.get("static") instanceof Map<?, ?> sizes) {
            return new ChunkingStrategy.Static(
                    number(sizes, "max_chunk_size_tokens"), number(sizes, "chunk_overlap_tokens"));
        }
        throw new IllegalArgumentException("chunking_strategy " + map + " has type " + type
                + "; use \"auto\", or \"static\" with a \"static\" object of max_chunk_size_tokens and"
                + " chunk_overlap_tokens");
    }

    private static int number(Map<?, ?> sizes, String key) {
        if (sizes.get(key) instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.intValue();
        }
        throw new IllegalArgumentException(
                "chunking_strategy.static." + key + " is " + sizes.get(key) + "; give a whole number");
    }
}
