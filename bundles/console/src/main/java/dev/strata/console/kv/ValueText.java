package dev.strata.console.kv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/** Shows a value to an operator: as text when it is UTF-8 text, else as hex or base64; cut when long. */
final class ValueText {

    /** How to show a value. */
    enum Format {
        AUTO,
        TEXT,
        HEX,
        BASE64;

        static Format of(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException(
                        "--format " + name + " is not a format; use auto, text, hex or base64");
            }
        }
    }

    private ValueText() {}

    /** Returns the value as UTF-8 text, or {@code null} if it is not text a terminal can show. */
    static String asText(byte[] value) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value))
                    .toString();
            boolean printable = text.chars().allMatch(c -> c >= 0x20 || c == '\n' || c == '\r' || c == '\t');
            return printable ? text : null;
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    /** Shows at most {@code maxBytes} of the value (text is cut at that many characters). */
    static String render(byte[] value, Format format, int maxBytes) {
        String text = asText(value);
        Format chosen = format == Format.AUTO ? (text != null ? Format.TEXT : Format.HEX) : format;
        if (chosen == Format.TEXT) {
            String shown = text != null ? text : new String(value, StandardCharsets.UTF_8);
            return shown.length() <= maxBytes ? shown : shown.substring(0, maxBytes) + cut(value.length);
        }
        byte[] head = value.length <= maxBytes ? value : Arrays.copyOf(value, maxBytes);
        String encoded = chosen == Format.HEX
                ? HexFormat.of().formatHex(head)
                : Base64.getEncoder().encodeToString(head);
        return head.length == value.length ? encoded : encoded + cut(value.length);
    }

    /** One line for a table: text with line breaks shown as \n, or hex, cut at {@code maxChars}. */
    static String preview(byte[] value, int maxChars) {
        String text = asText(value);
        String line = text != null
                ? text.replace("\\", "\\\\")
                        .replace("\n", "\\n")
                        .replace("\r", "\\r")
                        .replace("\t", "\\t")
                : "0x" + HexFormat.of().formatHex(value, 0, Math.min(value.length, maxChars / 2));
        return line.length() <= maxChars ? line : line.substring(0, maxChars - 3) + "...";
    }

    /** Whether {@link #render} would show the value as text in {@code AUTO} format. */
    static boolean isText(byte[] value) {
        return asText(value) != null;
    }

    private static String cut(int total) {
        return "... (cut; " + total + " bytes in all, raise --max to see more)";
    }
}
