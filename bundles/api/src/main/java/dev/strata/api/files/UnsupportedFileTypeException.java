package dev.strata.api.files;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A document's type is not one that {@link TextExtraction} reads, so it cannot be read as text.
 * Bad input like any {@link IllegalArgumentException}; its own type lets a caller tell it from
 * a damaged document.
 */
@ProviderType
public class UnsupportedFileTypeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String fileType;
    private final List<String> supported;

    /**
     * Creates the exception.
     *
     * @param fileType the type that was refused, as the caller gave it: a media type such as
     *     {@code image/png}, or an extension such as {@code .docx}; {@code null} when there was
     *     neither
     * @param supported the types that are read, as the message lists them, such as {@code
     *     application/pdf (.pdf)}; not {@code null}; copied
     */
    public UnsupportedFileTypeException(String fileType, List<String> supported) {
        super((fileType == null
                        ? "unsupported file type: no content type and no file extension"
                        : "unsupported file type '" + fileType + "'")
                + "; text can be read from " + String.join(", ", supported)
                + "; give one of those content types or file extensions");
        this.fileType = fileType;
        this.supported = List.copyOf(supported);
    }

    /**
     * Returns the type that was refused.
     *
     * @return the type, as passed to the constructor; {@code null} when there was none
     */
    public String fileType() {
        return fileType;
    }

    /**
     * Returns the types that are read.
     *
     * @return an unmodifiable list, never {@code null}
     */
    public List<String> supported() {
        return supported;
    }
}
