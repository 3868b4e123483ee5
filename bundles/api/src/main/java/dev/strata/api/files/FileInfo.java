package dev.strata.api.files;

import java.time.Instant;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A stored file's metadata, OpenAI's file object: a snapshot, not a live view. Immutable.
 *
 * @param id the file's id, starting with {@value #ID_PREFIX}
 * @param filename the name the uploader gave, metadata only and never used as a path; follows
 *     {@link #checkFilename(String)}
 * @param bytes the content's size, 1 or more
 * @param purpose what the file is for, never {@code null}
 * @param createdAt when it was stored, never {@code null}
 * @param expiresAt when it will be deleted; {@code null} when never; not before {@code
 *     createdAt}
 */
@ProviderType
public record FileInfo(
        String id, String filename, long bytes, FilePurpose purpose, Instant createdAt, Instant expiresAt) {

    /** The prefix of every file id, as OpenAI spells it: {@value}. */
    public static final String ID_PREFIX = "file-";

    /** The longest filename accepted, in characters: {@value}. */
    public static final int MAX_FILENAME_LENGTH = 255;

    /**
     * Validates the record.
     *
     * @throws IllegalArgumentException if a field is missing or out of range; the message
     *     names the field and its value
     */
    public FileInfo {
        if (id == null || !id.startsWith(ID_PREFIX) || id.length() == ID_PREFIX.length()) {
            throw new IllegalArgumentException(
                    "file id is " + (id == null ? "null" : "'" + id + "'") + "; ids look like 'file-abc123'");
        }
        checkFilename(filename);
        if (bytes < 1) {
            throw new IllegalArgumentException("bytes of file '" + id + "' is " + bytes + "; files are never empty");
        }
        if (purpose == null) {
            throw new IllegalArgumentException("purpose of file '" + id + "' is null; give its purpose");
        }
        if (createdAt == null) {
            throw new IllegalArgumentException("createdAt of file '" + id + "' is null; give when it was stored");
        }
        if (expiresAt != null && expiresAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("expiresAt of file '" + id + "' is " + expiresAt
                    + ", before its createdAt " + createdAt + "; use a later instant or null for never");
        }
    }

    /**
     * Checks that a filename is a plain name: not blank, at most {@value #MAX_FILENAME_LENGTH}
     * characters, no {@code '/'} or {@code '\'}, no control characters, and not {@code "."}
     * or {@code ".."}. Providers call it before reading any content, so a bad name is refused
     * before anything is stored.
     *
     * @param filename the name to check
     * @return {@code filename}, unchanged
     * @throws IllegalArgumentException if the name breaks a rule; the message quotes it and
     *     says which rule
     */
    public static String checkFilename(String filename) {
        if (filename == null || filename.isBlank()) {
            throw new IllegalArgumentException("filename is " + (filename == null ? "null" : "'" + filename + "'")
                    + "; give the file's name, such as 'report.pdf'");
        }
        if (filename.length() > MAX_FILENAME_LENGTH) {
            throw new IllegalArgumentException(
                    "filename has " + filename.length() + " characters; use at most " + MAX_FILENAME_LENGTH);
        }
        if (filename.equals(".")
                || filename.equals("..")
                || filename.indexOf('/') >= 0
                || filename.indexOf('\\') >= 0
                || filename.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("filename '" + filename.replaceAll("\\p{Cntrl}", "?")
                    + "' looks like a path or holds control characters; give a plain name such as 'report.pdf'");
        }
        return filename;
    }
}
