package dev.strata.api.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextExtractionTypesTest {

    @Test
    void extractedTextRefusesMissingFields() {
        assertThatThrownBy(() -> new ExtractedText(null, "text/plain"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text is null; pass an empty string for a document without text");
        assertThatThrownBy(() -> new ExtractedText("", " "))
                .hasMessage("contentType is ' '; give the media type the text was read as, such as 'text/plain'");
        assertThat(new ExtractedText("", "application/pdf").text()).isEmpty();
    }

    @Test
    void unsupportedTypeNamesTheTypeAndTheSupportedOnes() {
        List<String> supported = new ArrayList<>(List.of("text/plain (.txt)", "application/pdf (.pdf)"));

        UnsupportedFileTypeException failure = new UnsupportedFileTypeException("image/png", supported);
        supported.clear();

        assertThat(failure)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unsupported file type 'image/png'; text can be read from text/plain (.txt),"
                        + " application/pdf (.pdf); give one of those content types or file extensions");
        assertThat(failure.fileType()).isEqualTo("image/png");
        assertThat(failure.supported()).containsExactly("text/plain (.txt)", "application/pdf (.pdf)");
    }

    @Test
    void unsupportedTypeWithoutAnyTypeSaysSo() {
        assertThat(new UnsupportedFileTypeException(null, List.of("text/plain (.txt)")))
                .hasMessage("unsupported file type: no content type and no file extension;"
                        + " text can be read from text/plain (.txt);"
                        + " give one of those content types or file extensions");
    }
}
