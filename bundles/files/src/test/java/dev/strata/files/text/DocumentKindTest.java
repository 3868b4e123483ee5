package dev.strata.files.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.files.UnsupportedFileTypeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The content type picks the kind; without a telling one, the extension does. */
class DocumentKindTest {

    private static final String SUPPORTED = "text can be read from text/plain (.txt, .text),"
            + " text/markdown (.md, .markdown), text/html (.html, .htm, .xhtml), application/pdf (.pdf);"
            + " give one of those content types or file extensions";

    @ParameterizedTest
    @CsvSource({
        "text/plain, a.bin, PLAIN_TEXT",
        "TEXT/HTML; charset=ISO-8859-1, a.txt, HTML",
        "text/x-markdown, notes, MARKDOWN",
        "application/xhtml+xml, page, HTML",
        "application/pdf, scan.PDF, PDF",
        "application/octet-stream, README.md, MARKDOWN",
        "'', page.HTM, HTML",
        ", report.pdf, PDF",
        ", notes.txt, PLAIN_TEXT"
    })
    void theContentTypeWinsAndTheExtensionDecidesWithoutOne(String type, String filename, DocumentKind kind) {
        assertThat(DocumentKind.of(ContentType.parse(type), filename)).isEqualTo(kind);
    }

    @Test
    void anUnsupportedContentTypeIsNamedWithTheSupportedOnes() {
        assertThatThrownBy(() -> DocumentKind.of(ContentType.parse("image/png"), "scan.pdf"))
                .isInstanceOf(UnsupportedFileTypeException.class)
                .hasMessage("unsupported file type 'image/png'; " + SUPPORTED)
                .satisfies(failure -> {
                    UnsupportedFileTypeException unsupported = (UnsupportedFileTypeException) failure;
                    assertThat(unsupported.fileType()).isEqualTo("image/png");
                    assertThat(unsupported.supported()).hasSize(4);
                });
    }

    @Test
    void anUnsupportedExtensionIsNamedWithTheSupportedOnes() {
        assertThatThrownBy(() -> DocumentKind.of(ContentType.parse("application/octet-stream"), "Report.DOCX"))
                .isInstanceOf(UnsupportedFileTypeException.class)
                .hasMessage("unsupported file type '.docx'; " + SUPPORTED);
    }

    @Test
    void aNameWithoutExtensionAndNoContentTypeIsUnsupported() {
        assertThatThrownBy(() -> DocumentKind.of(null, "README"))
                .isInstanceOf(UnsupportedFileTypeException.class)
                .hasMessage("unsupported file type: no content type and no file extension; " + SUPPORTED);
        assertThatThrownBy(() -> DocumentKind.of(null, ".bashrc"))
                .hasMessageStartingWith("unsupported file type: no content type and no file extension;");
        assertThatThrownBy(() -> DocumentKind.of(null, "trailing."))
                .hasMessageStartingWith("unsupported file type: no content type and no file extension;");
    }

    @Test
    void theCharsetParameterIsReadQuotedOrNot() {
        assertThat(ContentType.parse("text/plain; charset=\"ISO-8859-1\"").charset())
                .isEqualTo("ISO-8859-1");
        assertThat(ContentType.parse("text/plain;format=flowed;CHARSET=utf-8").charset())
                .isEqualTo("utf-8");
        assertThat(ContentType.parse("text/plain").charset()).isNull();
        assertThat(ContentType.parse(" ")).isNull();
    }

    @Test
    void anUnknownCharsetIsRefusedWithTheFix() {
        assertThatThrownBy(
                        () -> ContentType.parse("text/plain; charset=klingon").charsetOr(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("charset 'klingon' of content type 'text/plain' is not known;"
                        + " give a standard charset such as UTF-8 or ISO-8859-1");
    }
}
