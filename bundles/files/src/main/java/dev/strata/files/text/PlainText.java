package dev.strata.files.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Reads plain text and Markdown, which is text as written: its markup reads well enough to be
 * embedded as it is. Bytes that are not valid in the charset are refused, never replaced, so no
 * text is lost silently. A leading byte order mark is dropped, and line ends become {@code '\n'}.
 */
final class PlainText {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private PlainText() {}

    static String read(InputStream content, Charset charset, String filename) throws IOException {
        Reader reader = new InputStreamReader(
                content,
                charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        StringWriter text = new StringWriter();
        try {
            reader.transferTo(text);
        } catch (CharacterCodingException invalid) {
            throw new IllegalArgumentException("file '" + filename + "' is not valid " + charset.name()
                    + " text; give its charset in the content type, such as 'text/plain; charset=ISO-8859-1'");
        }
        String read = text.toString();
        if (read.startsWith(BYTE_ORDER_MARK)) {
            read = read.substring(BYTE_ORDER_MARK.length());
        }
        return read.replace("\r\n", "\n").replace('\r', '\n');
    }
}
