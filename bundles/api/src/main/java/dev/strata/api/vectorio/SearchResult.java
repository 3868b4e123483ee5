package dev.strata.api.vectorio;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One chunk a search found. Immutable.
 *
 * @param fileId the id of the file the chunk came from, never {@code null}
 * @param filename that file's name, never {@code null}
 * @param score how well the chunk matched, higher is better, 0 or more. Vector search: {@code
 *     (1 + cosine) / 2}, from 0 to 1. Keyword search: the BM25 relevance, unbounded. Hybrid
 *     with rrf: the fused reciprocal ranks; with weighted: from 0 to 1
 * @param attributes the file's attributes, never {@code null}
 * @param content the chunk's text, never {@code null}
 * @param chunkId the chunk's id, stable while the file's text and chunking stay the same,
 *     never {@code null}
 */
@ProviderType
public record SearchResult(
        String fileId, String filename, double score, Map<String, Object> attributes, String content, String chunkId) {

    /**
     * Validates the result and copies the attributes.
     *
     * @throws IllegalArgumentException if a field is {@code null}, or the score is negative or
     *     not finite
     */
    public SearchResult {
        Checks.requireText("file_id", fileId);
        Checks.requireNonNull("filename", filename);
        Checks.requireNonNull("content", content);
        Checks.requireText("chunk_id", chunkId);
        if (!(score >= 0) || Double.isInfinite(score)) {
            throw new IllegalArgumentException("score is " + score + "; a score is finite and 0 or more");
        }
        attributes = Checks.attributes(attributes);
    }
}
