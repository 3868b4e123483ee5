package dev.strata.files.store;

import dev.strata.api.files.FileInfo;
import java.security.SecureRandom;
import java.util.Random;

/**
 * Makes file ids: {@code file-} and 24 random hex digits (96 bits), so that an id cannot be
 * guessed from another. Blobs are named by id, never by filename, so only ids this class
 * accepts as well-formed ever reach the file system. Thread-safe.
 */
final class FileIds {

    static final int DIGITS = 24;

    private final Random random;

    FileIds() {
        this(new SecureRandom());
    }

    FileIds(Random random) {
        this.random = random;
    }

    String next() {
        StringBuilder id = new StringBuilder(FileInfo.ID_PREFIX.length() + DIGITS).append(FileInfo.ID_PREFIX);
        for (int i = 0; i < DIGITS; i++) {
            id.append(Character.forDigit(random.nextInt(16), 16));
        }
        return id.toString();
    }

    /**
     * Returns whether a string is an id this class makes.
     *
     * @param id any string, possibly {@code null}
     * @return {@code true} for {@code file-} and 24 lower-case hex digits
     */
    static boolean isWellFormed(String id) {
        if (id == null || id.length() != FileInfo.ID_PREFIX.length() + DIGITS || !id.startsWith(FileInfo.ID_PREFIX)) {
            return false;
        }
        for (int i = FileInfo.ID_PREFIX.length(); i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
