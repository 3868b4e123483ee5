package dev.strata.api.inference;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A model failed to answer: the local runtime failed, or a remote endpoint could not be
 * reached, refused the request, or answered with something unusable.
 *
 * <p>It never reports bad input, which is an {@link IllegalArgumentException}. Its message
 * says which model and endpoint failed and what to check; the cause, when there is one, is
 * the underlying exception. The call may be retried.
 */
@ProviderType
public class InferenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed and what to check
     */
    public InferenceException(String message) {
        super(message);
    }

    /**
     * Creates the exception with the underlying failure as its cause.
     *
     * @param message what failed and what to check
     * @param cause the underlying exception; may be {@code null}
     */
    public InferenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
