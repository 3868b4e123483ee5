package dev.strata.vectorio.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.api.vectorio.ChunkingStrategy;
import java.util.Map;

/**
 * A {@link ChunkingStrategy} as a JSON object of plain maps, in the shape the catalog stores it
 * (see {@link ChunkingDocument}), for places that carry JSON as maps, such as job data.
 */
public final class ChunkingJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ChunkingJson() {}

    /** Returns OpenAI's JSON object of a strategy. */
    public static Map<String, Object> toMap(ChunkingStrategy strategy) {
        return MAPPER.convertValue(ChunkingDocument.of(strategy), new TypeReference<Map<String, Object>>() {});
    }

    /**
     * Reads OpenAI's JSON object of a strategy.
     *
     * @throws IllegalArgumentException if it is not {@code auto} or a complete {@code static}
     */
    public static ChunkingStrategy fromMap(Object json) {
        return ChunkingDocument.required(MAPPER.convertValue(json, ChunkingDocument.class));
    }
}
