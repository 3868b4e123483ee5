package dev.strata.kvstore.jdbc;

import java.util.Arrays;

/**
 * Turns keys into the bytes stored in the key column, so that both databases order keys as
 * {@link String#compareTo} does.
 *
 * <p>{@code String.compareTo} compares UTF-16 code units. A text column under a binary ("C")
 * collation orders by UTF-8 bytes, which is code point order: it puts U+FFFD before U+10000
 * where Java puts it after. So the key column holds bytes, compared unsigned byte by byte by
 * both Derby ({@code VARCHAR FOR BIT DATA}) and PostgreSQL ({@code bytea}): each code unit as
 * two big-endian bytes (lone surrogates kept as they are, which no charset encoder does), then
 * two zero bytes.
 *
 * <p>The terminator is there for Derby, which pads the shorter of two binary values with 0x20
 * bytes before comparing: without it {@code "a"} and {@code "a\u2020"} would compare equal and
 * collide in the primary key. With it, no stored key and no range bound ends in a run of 0x20
 * bytes, and unsigned byte order of the encoded keys equals {@code String.compareTo} order.
 */
final class KeyCodec {

    private KeyCodec() {}

    /** Encodes a key or a range bound. */
    static byte[] encode(String key) {
        byte[] bytes = new byte[key.length() * 2 + 2];
        for (int i = 0; i < key.length(); i++) {
            char unit = key.charAt(i);
            bytes[2 * i] = (byte) (unit >>> 8);
            bytes[2 * i + 1] = (byte) unit;
        }
        return bytes;
    }

    /** Decodes what {@link #encode} made. */
    static String decode(byte[] bytes) {
        char[] units = new char[(bytes.length - 2) / 2];
        for (int i = 0; i < units.length; i++) {
            units[i] = (char) (((bytes[2 * i] & 0xFF) << 8) | (bytes[2 * i + 1] & 0xFF));
        }
        return new String(units);
    }

    /**
     * Returns the smallest byte string above every encoded key that starts with {@code prefix},
     * or {@code null} when there is none (a prefix of U+FFFF characters only).
     */
    static byte[] prefixEnd(String prefix) {
        byte[] bytes = encode(prefix);
        for (int i = bytes.length - 3; i >= 0; i--) {
            if (bytes[i] != (byte) 0xFF) {
                byte[] end = Arrays.copyOf(bytes, i + 1);
                end[i]++;
                return end;
            }
        }
        return null;
    }
}
