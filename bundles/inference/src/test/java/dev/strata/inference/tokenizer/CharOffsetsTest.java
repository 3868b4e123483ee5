package dev.strata.inference.tokenizer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.inference.TokenSpan;
import org.junit.jupiter.api.Test;

class CharOffsetsTest {

    @Test
    void offsetsInTheBasicPlaneStayAsTheyAre() {
        CharOffsets offsets = new CharOffsets("hello world");

        assertThat(offsets.span(0, 5)).isEqualTo(new TokenSpan(0, 5));
        assertThat(offsets.span(6, 11)).isEqualTo(new TokenSpan(6, 11));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneCountsTwoChars() {
        String text = "a \uD83D\uDE00 b";
        CharOffsets offsets = new CharOffsets(text);

        assertThat(offsets.span(2, 3)).isEqualTo(new TokenSpan(2, 4));
        assertThat(offsets.span(4, 5)).isEqualTo(new TokenSpan(5, 6));
        assertThat(text.substring(5, 6)).isEqualTo("b");
    }

    @Test
    void spansOutOfOrderAreStillRight() {
        CharOffsets offsets = new CharOffsets("\uD83D\uDE00x\uD83D\uDE00y");

        assertThat(offsets.span(3, 4)).isEqualTo(new TokenSpan(5, 6));
        assertThat(offsets.span(1, 2)).isEqualTo(new TokenSpan(2, 3));
    }
}
