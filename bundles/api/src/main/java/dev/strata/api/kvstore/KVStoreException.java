package dev.strata.api.kvstore;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The store's backend is unavailable or failing: a database that cannot be reached, a disk
 * that is full, a transaction the backend aborted.
 *
 * <p>It never reports bad input, which is an {@link IllegalArgumentException}. Its message
 * says what failed and what the operator can do; the cause, when there is one, is the
 * backend's own exception. A write is never half applied, but when the backend fails while
 * committing, the caller cannot tell whether the write took effect: read the keys back before
 * retrying.
 */
@ProviderType
public class KVStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed and what to do, for example {@code "PostgreSQL at
     *     localhost:5432 refused the connection; check that it runs and the run config's
     *     url"}
     */
    public KVStoreException(String message) {
        super(message);
    }

    /**
     * Creates the exception with the backend's failure as its cause.
     *
     * @param message what failed and what to do
     * @param cause the backend's exception; may be {@code null}
     */
    public KVStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
