package dev.strata.files.text;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.files.ExtractedText;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Text and Markdown come back as written, decoded strictly, with line ends made uniform. */
class PlainTextTest {

    @Test
    void utf8TextComesBackAsWrittenWithUniformLineEnds() throws IOException {
        ExtractedText text = Extract.text("\uFEFFGrüße\r\nzweite Zeile\rdritte\n", "notes.txt", null);

        assertThat(text.text()).isEqualTo("Grüße\nzweite Zeile\ndritte\n");
        assertThat(text.contentType()).isEqualTo("text/plain");
    }

    @Test
    void markdownIsKeptWithItsMarkup() throws IOException {
        String markdown = "# Title\n\n- *one*\n- `two`\n";

        ExtractedText text = Extract.text(markdown, "README.md", null);

        assertThat(text.text()).isEqualTo(markdown);
        assertThat(text.contentType()).isEqualTo("text/markdown");
    }

    @Test
    void theCharsetOfTheContentTypeIsHonoured() throws IOException {
        assertThat(Extract.bytes("café".getBytes(ISO_8859_1), "a.txt", "text/plain; charset=ISO-8859-1")
                        .text())
                .isEqualTo("café");
        assertThat(Extract.bytes("naïve".getBytes(UTF_16), "a.txt", "text/plain; charset=UTF-16")
                        .text())
                .isEqualTo("naïve");
    }

    @Test
    void bytesThatAreNotValidInTheCharsetAreRefusedNotReplaced() {
        byte[] latin1 = "café".getBytes(ISO_8859_1);

        assertThatThrownBy(() -> Extract.bytes(latin1, "menu.txt", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("file 'menu.txt' is not valid UTF-8 text; give its charset in the content type,"
                        + " such as 'text/plain; charset=ISO-8859-1'");
    }

    @Test
    void anEmptyFileHasNoText() throws IOException {
        assertThat(Extract.bytes(new byte[0], "empty.txt", null).text()).isEmpty();
    }
}
