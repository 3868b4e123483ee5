package dev.strata.kvstore.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The key encoding keeps String.compareTo order and prefixes, whatever the characters. */
class KeyCodecTest {

    private static final char[] ALPHABET = {
        '\u0000', '\u0001', ' ', 'a', 'b', '\u00e9', '\u2020', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uE000',
        '\uFFFE', '\uFFFF'
    };

    private static String randomKey(Random random) {
        char[] chars = new char[1 + random.nextInt(6)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }

    @Test
    void encodedOrderIsStringOrder() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            String a = randomKey(random);
            String b = randomKey(random);

            int bytes = Arrays.compareUnsigned(KeyCodec.encode(a), KeyCodec.encode(b));
            assertThat(Integer.signum(bytes)).as("%s vs %s", a, b).isEqualTo(Integer.signum(a.compareTo(b)));
        }
    }

    @Test
    void decodingGivesBackTheKeyEvenWithLoneSurrogates() {
        Random random = new Random(12);
        for (int i = 0; i < 1_000; i++) {
            String key = randomKey(random);

            assertThat(KeyCodec.decode(KeyCodec.encode(key))).isEqualTo(key);
        }
    }

    @Test
    void thePrefixEndBoundsExactlyTheKeysWithThePrefix() {
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            String prefix = randomKey(random);
            String key = random.nextBoolean() ? prefix + randomKey(random) : randomKey(random);
            byte[] end = KeyCodec.prefixEnd(prefix);
            byte[] encoded = KeyCodec.encode(key);

            boolean inRange = Arrays.compareUnsigned(encoded, KeyCodec.encode(prefix)) >= 0
                    && (end == null || Arrays.compareUnsigned(encoded, end) < 0);
            assertThat(inRange).as("%s in scan of %s", key, prefix).isEqualTo(key.startsWith(prefix));
        }
    }

    @Test
    void aPrefixOfTheHighestCharacterHasNoEnd() {
        assertThat(KeyCodec.prefixEnd("\uFFFF\uFFFF")).isNull();
        assertThat(KeyCodec.prefixEnd("")).isNull();
        assertThat(KeyCodec.prefixEnd("a\uFFFF")).containsExactly(0x00, 0x62);
    }
}
