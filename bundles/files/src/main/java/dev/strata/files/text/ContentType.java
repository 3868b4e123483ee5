package dev.strata.files.text;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A media type as a {@code Content-Type} header gives it (RFC 9110, section 8.3): the type and
 * subtype, compared without case, and the {@code charset} parameter if there is one.
 *
 * @param mediaType the type and subtype, lower case, such as {@code text/html}
 * @param charset the {@code charset} parameter as given, or {@code null}
 */
record ContentType(String mediaType, String charset) {

    /** Says nothing about the content, so the file extension decides (RFC 9110, section 8.3). */
    static final String UNSPECIFIC = "application/octet-stream";

    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)\"?");

    /**
     * Reads a content type.
     *
     * @param value a header value such as {@code text/html; charset=UTF-8}; {@code null} or blank
     *     for none
     * @return the content type, or {@code null} for none
     */
    static ContentType parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int end = value.indexOf(';');
        String mediaType = (end < 0 ? value : value.substring(0, end)).trim().toLowerCase(Locale.ROOT);
        Matcher charset = CHARSET.matcher(value);
        return new ContentType(mediaType, charset.find() ? charset.group(1) : null);
    }

    /** Whether the type says nothing about the content, so the file extension decides. */
    boolean isUnspecific() {
        return mediaType.equals(UNSPECIFIC) || mediaType.isEmpty();
    }

    /**
     * The charset to decode the content with: the parameter's, or {@code fallback}.
     *
     * @throws IllegalArgumentException if the parameter names no charset this Java knows
     */
    Charset charsetOr(Charset fallback) {
        if (charset == null) {
            return fallback;
        }
        try {
            return Charset.forName(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            throw new IllegalArgumentException("charset '" + charset + "' of content type '" + mediaType
                    + "' is not known; give a standard charset such as UTF-8 or ISO-8859-1");
        }
    }
}
