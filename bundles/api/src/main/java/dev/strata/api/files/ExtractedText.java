package dev.strata.api.files;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A document's text, as {@link TextExtraction} read it. Immutable.
 *
 * @param text the text with paragraphs and lines kept as line breaks ({@code '\n'}), never
 *     {@code null}; empty when the document holds no text, such as a PDF of scanned images
 * @param contentType the media type it was read as, without parameters, such as {@code
 *     application/pdf}; never {@code null}
 */
@ProviderType
public record ExtractedText(String text, String contentType) {

    /**
     * Validates the record.
     *
     * @throws IllegalArgumentException if a field is {@code null}, or {@code contentType} is
     *     blank
     */
    public ExtractedText {
        if (text == null) {
            throw new IllegalArgumentException("text is null; pass an empty string for a document without text");
        }
        if (contentType == null || contentType.isBlank()) {
            throw new IllegalArgumentException("contentType is "
                    + (contentType == null ? "null" : "'" + contentType + "'")
                    + "; give the media type the text was read as, such as 'text/plain'");
        }
    }
}
