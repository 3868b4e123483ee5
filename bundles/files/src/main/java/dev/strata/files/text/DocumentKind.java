package dev.strata.files.text;

import dev.strata.api.files.UnsupportedFileTypeException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of document that are read as text, with their media types and file extensions. A
 * content type that names a kind wins; one that says nothing ({@code application/octet-stream})
 * or none at all defers to the filename's extension.
 */
enum DocumentKind {
    PLAIN_TEXT("text/plain", List.of(), List.of(".txt", ".text")),
    MARKDOWN("text/markdown", List.of("text/x-markdown"), List.of(".md", ".markdown")),
    HTML("text/html", List.of("application/xhtml+xml"), List.of(".html", ".htm", ".xhtml")),
    PDF("application/pdf", List.of(), List.of(".pdf"));

    private final String mediaType;
    private final List<String> aliases;
    private final List<String> extensions;

    DocumentKind(String mediaType, List<String> aliases, List<String> extensions) {
        this.mediaType = mediaType;
        this.aliases = aliases;
        this.extensions = extensions;
    }

    /** The media type text read as this kind is reported as. */
    String mediaType() {
        return mediaType;
    }

    /**
     * Chooses the kind of a document.
     *
     * @param typeOrNull its content type, or {@code null}
     * @param filename its name, whose extension decides when the content type does not
     * @throws UnsupportedFileTypeException naming the type or extension and the supported ones
     */
    static DocumentKind of(ContentType typeOrNull, String filename) {
        if (typeOrNull != null && !typeOrNull.isUnspecific()) {
            String type = typeOrNull.mediaType();
            return Arrays.stream(values())
                    .filter(kind -> kind.mediaType.equals(type) || kind.aliases.contains(type))
                    .findFirst()
                    .orElseThrow(() -> new UnsupportedFileTypeException(type, supported()));
        }
        String extension = extension(filename);
        return Arrays.stream(values())
                .filter(kind -> extension != null && kind.extensions.contains(extension))
                .findFirst()
                .orElseThrow(() -> new UnsupportedFileTypeException(extension, supported()));
    }

    /** Each kind as the error lists it, such as {@code text/markdown (.md, .markdown)}. */
    static List<String> supported() {
        return Arrays.stream(values())
                .map(kind -> kind.mediaType + " (" + String.join(", ", kind.extensions) + ")")
                .toList();
    }

    /** The extension from the last dot, lower case; {@code null} when the name has none. */
    private static String extension(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot <= 0 || dot == filename.length() - 1
                ? null
                : filename.substring(dot).toLowerCase(Locale.ROOT);
    }
}
