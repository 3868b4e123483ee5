package dev.strata.console.kv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.console.kv.ValueText.Format;
import org.junit.jupiter.api.Test;

class ValueTextTest {

    @Test
    void utf8TextIsShownAsText() {
        assertThat(ValueText.render("{\"état\": 1}\n".getBytes(UTF_8), Format.AUTO, 100))
                .isEqualTo("{\"état\": 1}\n");
    }

    @Test
    void binaryIsShownAsHex() {
        assertThat(ValueText.render(new byte[] {0, (byte) 0xff, 0x10}, Format.AUTO, 100))
                .isEqualTo("00ff10");
        assertThat(ValueText.isText(new byte[] {(byte) 0xc3})).isFalse();
        assertThat(ValueText.isText("bell\u0007".getBytes(UTF_8))).isFalse();
    }

    @Test
    void base64AndHexCanBeAskedFor() {
        assertThat(ValueText.render("hi".getBytes(UTF_8), Format.BASE64, 100)).isEqualTo("aGk=");
        assertThat(ValueText.render("hi".getBytes(UTF_8), Format.HEX, 100)).isEqualTo("6869");
    }

    @Test
    void longValuesAreCutAndSaySo() {
        assertThat(ValueText.render("abcdef".getBytes(UTF_8), Format.AUTO, 3))
                .isEqualTo("abc... (cut; 6 bytes in all, raise --max to see more)");
        assertThat(ValueText.render(new byte[] {1, 2, 3, 4}, Format.HEX, 2)).startsWith("0102... (cut; 4 bytes");
    }

    @Test
    void previewsFitOneLine() {
        assertThat(ValueText.preview("a\nb".getBytes(UTF_8), 40)).isEqualTo("a\\nb");
        assertThat(ValueText.preview("x".repeat(50).getBytes(UTF_8), 10)).isEqualTo("xxxxxxx...");
        assertThat(ValueText.preview(new byte[] {0, 1}, 40)).isEqualTo("0x0001");
    }

    @Test
    void anUnknownFormatSaysWhichExist() {
        assertThatThrownBy(() -> Format.of("json"))
                .hasMessage("--format json is not a format; use auto, text, hex or base64");
        assertThat(Format.of("HEX")).isEqualTo(Format.HEX);
    }
}
