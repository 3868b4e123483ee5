package dev.strata.api.files;

import org.osgi.annotation.versioning.ProviderType;

/** No file has the given id: it was never stored, was deleted, or expired. */
@ProviderType
public class UnknownFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String fileId;

    /**
     * Creates the exception.
     *
     * @param fileId the id that was not found; may be {@code null}
     */
    public UnknownFileException(String fileId) {
        super("file '" + fileId + "' does not exist; it may have been deleted or expired; list files to find its id");
        this.fileId = fileId;
    }

    /**
     * Returns the id that was not found.
     *
     * @return the id, as passed to the constructor
     */
    public String fileId() {
        return fileId;
    }
}
