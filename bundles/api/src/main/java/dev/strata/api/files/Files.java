package dev.strata.api.files;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.common.ProviderProperties;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Stores uploaded files and serves their content and metadata, as OpenAI's {@code /v1/files}
 * does.
 *
 * <p>A file is immutable once stored. An expired file reads as absent everywhere from its
 * {@link FileInfo#expiresAt()} on. All methods are safe to call from any thread; metadata
 * returned is a snapshot. A {@code null} or invalid argument throws {@link
 * IllegalArgumentException} and stores nothing. The service carries the {@link
 * ProviderProperties} of its provider.
 */
@ProviderType
public interface Files {

    /**
     * Stores a file. Durable when it returns.
     *
     * @param content the bytes, read to the end but not closed (the caller closes it); not
     *     {@code null}, not empty, at most the configured size limit
     * @param filename the name to keep as metadata, never used as a path; see {@link
     *     FileInfo#checkFilename(String)}
     * @param purpose what the file is for, not {@code null}
     * @param expiresAfter how long after creation to delete the file; {@code null} for never;
     *     otherwise positive
     * @return the stored file's metadata, never {@code null}
     * @throws IllegalArgumentException if an argument is {@code null} where not allowed, the
     *     content is empty or over the size limit (the message gives the limit), the filename
     *     breaks a rule, or {@code expiresAfter} is not positive; nothing is stored
     * @throws IOException if reading {@code content} or writing the file fails; nothing is
     *     stored
     */
    FileInfo create(InputStream content, String filename, FilePurpose purpose, Duration expiresAfter)
            throws IOException;

    /**
     * Reads a file's metadata.
     *
     * @param id the file's id, not {@code null}
     * @return the metadata, or empty if no file has that id
     * @throws IllegalArgumentException if {@code id} is {@code null}
     */
    Optional<FileInfo> get(String id);

    /**
     * Opens a file's content.
     *
     * @param id the file's id, not {@code null}
     * @return a new stream positioned at the first byte; the caller must close it; it may be
     *     read from any one thread at a time
     * @throws IllegalArgumentException if {@code id} is {@code null}
     * @throws UnknownFileException if no file has that id
     * @throws IOException if the content cannot be opened
     */
    InputStream content(String id) throws IOException;

    /**
     * Lists files by creation time, as the page asks (newest first by default).
     *
     * @param purposeOrNull only files with this purpose; {@code null} for every purpose
     * @param page which page, not {@code null}
     * @return the page, never {@code null}, possibly empty
     * @throws IllegalArgumentException if {@code page} is {@code null}
     */
    Page<FileInfo> list(FilePurpose purposeOrNull, PageRequest page);

    /**
     * Deletes a file, its content and metadata. Durable when it returns.
     *
     * @param id the file's id, not {@code null}
     * @return {@code true} if the file was deleted; {@code false} if no file had that id
     * @throws IllegalArgumentException if {@code id} is {@code null}
     */
    boolean delete(String id);
}
