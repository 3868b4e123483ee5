package dev.strata.api.vectorio;

import org.osgi.annotation.versioning.ProviderType;

/**
 * No vector store, file in a store, or file batch has the id a call named. The message names
 * the id and how to list the ones that exist.
 */
@ProviderType
public class UnknownVectorStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String id;

    /**
     * Creates the exception.
     *
     * @param id the id that named nothing
     * @param message what was not found and how to list what exists
     */
    public UnknownVectorStoreException(String id, String message) {
        super(message);
        this.id = id;
    }

    /**
     * Returns the id that named nothing.
     *
     * @return the id as the caller gave it
     */
    public String id() {
        return id;
    }
}
