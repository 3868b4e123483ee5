package dev.strata.api.files;

import java.io.IOException;
import java.io.InputStream;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads a document as plain text, as ingestion needs it before chunking and embedding. Strata's
 * files bundle reads plain text, Markdown, HTML and PDF.
 *
 * <p>The kind of document comes from the content type when one is given (its {@code charset}
 * parameter is honoured for text and HTML); a missing content type or {@code
 * application/octet-stream}, which says nothing, defers to the filename's extension. Stateless
 * and safe to call from any thread. A {@code null} argument where one is required throws
 * {@link IllegalArgumentException}.
 *
 * <p>For a caller that reports why a document was not read (such as a vector store file's
 * {@code last_error}): {@link UnsupportedFileTypeException} means the format cannot be read as
 * text, any other {@link IllegalArgumentException} a damaged or unreadable document, and
 * {@link IOException} an I/O failure that is not the document's fault.
 */
@ProviderType
public interface TextExtraction {

    /**
     * Reads a document's text.
     *
     * @param content the document's bytes, not {@code null}; read to the end, or not at all when
     *     the type is refused, and never closed (the caller closes it)
     * @param filename the document's name, metadata only and never used as a path; its
     *     extension (such as {@code .pdf}) picks the kind when the content type does not; not
     *     {@code null}
     * @param contentTypeOrNull the document's media type, such as {@code text/html;
     *     charset=ISO-8859-1}; {@code null} when unknown
     * @return the text, never {@code null}
     * @throws UnsupportedFileTypeException if neither the content type nor the extension names
     *     a kind this service reads; the message names the type and the supported ones
     * @throws IllegalArgumentException if an argument is {@code null}, the document is damaged
     *     or encrypted, or its text is not valid in its charset; the message says which and
     *     what to do
     * @throws IOException if reading {@code content}, or the provider's temporary storage, fails
     */
    ExtractedText extract(InputStream content, String filename, String contentTypeOrNull) throws IOException;
}
