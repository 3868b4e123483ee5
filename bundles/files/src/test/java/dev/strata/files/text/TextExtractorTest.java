package dev.strata.files.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.files.UnsupportedFileTypeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The extractor reads by kind, reports the type it read, and refuses what it cannot read. */
class TextExtractorTest {

    private final TextExtractor extractor = new TextExtractor();

    @Test
    void theTypeReadIsReportedWithoutParameters() throws IOException {
        assertThat(Extract.text("<p>x</p>", "x.bin", "text/html; charset=UTF-8").contentType())
                .isEqualTo("text/html");
        assertThat(Extract.text("<p>x</p>", "x.html", "application/octet-stream")
                        .text())
                .isEqualTo("x");
    }

    @Test
    void anUnsupportedTypeIsRefusedBeforeTheContentIsRead() {
        ByteArrayInputStream content = new ByteArrayInputStream(new byte[] {1, 2, 3});

        assertThatThrownBy(() -> extractor.extract(content, "photo.png", "image/png"))
                .isInstanceOf(UnsupportedFileTypeException.class)
                .hasMessageStartingWith("unsupported file type 'image/png'; text can be read from text/plain");
        assertThat(content.available()).isEqualTo(3);
    }

    @Test
    void missingArgumentsAreRefused() {
        assertThatThrownBy(() -> extractor.extract(null, "a.txt", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("content is null; pass the document's bytes as a stream");
        assertThatThrownBy(() -> extractor.extract(new ByteArrayInputStream(new byte[0]), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("filename is null; give the document's name, such as 'report.pdf'");
    }
}
