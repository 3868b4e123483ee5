package dev.strata.api.vectorio;

import dev.strata.api.common.WireNamed;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Why a file could not be indexed, OpenAI's {@code last_error}. Immutable.
 *
 * @param code the kind of failure, never {@code null}
 * @param message what went wrong and, where possible, what to do, never {@code null} or blank
 */
@ProviderType
public record VectorStoreFileError(Code code, String message) {

    /**
     * Validates the error.
     *
     * @throws IllegalArgumentException if {@code code} is {@code null} or {@code message} is
     *     {@code null} or blank
     */
    public VectorStoreFileError {
        Checks.requireNonNull("last_error.code", code);
        Checks.requireText("last_error.message", message);
    }

    /** The kind of failure, with OpenAI's wire names. */
    @ProviderType
    public enum Code implements WireNamed {
        /** The provider failed, for example the embedding model: {@code "server_error"}. */
        SERVER_ERROR("server_error"),
        /** The file's format cannot be read as text: {@code "unsupported_file"}. */
        UNSUPPORTED_FILE("unsupported_file"),
        /** The file is damaged, empty of text, or gone: {@code "invalid_file"}. */
        INVALID_FILE("invalid_file");

        private final String wireName;

        Code(String wireName) {
            this.wireName = wireName;
        }

        @Override
        public String wireName() {
            return wireName;
        }

        /**
         * Returns the code with the given wire name.
         *
         * @param name a wire name such as {@code "invalid_file"}
         * @return the code, never {@code null}
         * @throws IllegalArgumentException if no code has that name; the message lists them
         */
        public static Code fromWireName(String name) {
            return WireNamed.lookup(Code.class, "file error code", name);
        }
    }
}
