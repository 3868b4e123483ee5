package dev.strata.api.vectorio;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What to change in a vector store, OpenAI's modify body; a {@code null} field is left as it
 * is. Immutable.
 *
 * @param nameOrNull the new name
 * @param metadataOrNull the new metadata, replacing the old pairs whole
 * @param expiresAfterOrNull the new expiry policy
 */
@ProviderType
public record VectorStoreUpdate(
        String nameOrNull, Map<String, String> metadataOrNull, ExpiresAfter expiresAfterOrNull) {

    /**
     * Validates the metadata and copies it.
     *
     * @throws IllegalArgumentException if the metadata breaks OpenAI's limits
     */
    public VectorStoreUpdate {
        if (metadataOrNull != null) {
            metadataOrNull = Checks.metadata(metadataOrNull);
        }
    }
}
