package dev.strata.vectorio.store;

import java.security.SecureRandom;
import java.util.HexFormat;

/** New ids of stores and batches: a prefix and 24 random hex digits, as OpenAI's ids look. */
final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    static String next(String prefix) {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }
}
