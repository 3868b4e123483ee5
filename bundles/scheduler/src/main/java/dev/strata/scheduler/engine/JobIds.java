package dev.strata.scheduler.engine;

import java.time.Clock;
import java.time.Instant;

/**
 * Makes job ids that sort by creation: {@code job-} and 22 hex digits, the creation time in
 * milliseconds (12), a sequence within the millisecond (6) and the engine's node tag (4).
 *
 * <p>Fixed length makes string order equal to creation order, so the store's ordered keys list
 * jobs oldest first without an index, and {@link #invert} gives the newest-first order. Ids are
 * monotonic: the time never runs back, even if the clock does or the store holds newer ids
 * than the clock reads (a clock set back across a restart), so {@code createdAt} order and id
 * order always agree.
 */
final class JobIds {

    static final String PREFIX = "job-";
    private static final int MILLIS_DIGITS = 12;
    private static final int SEQUENCE_DIGITS = 6;
    private static final int NODE_DIGITS = 4;
    private static final int HEX_DIGITS = MILLIS_DIGITS + SEQUENCE_DIGITS + NODE_DIGITS;
    private static final long MAX_SEQUENCE = (1L << (4 * SEQUENCE_DIGITS)) - 1;

    private final Clock clock;
    private final String node;
    private long lastMillis;
    private long sequence;

    /**
     * @param clock the clock creation times come from
     * @param node this engine's tag, 0 to 0xffff, which keeps ids of two engines apart
     * @param newest the newest id in the store, or {@code null}; new ids sort after it
     */
    JobIds(Clock clock, int node, String newest) {
        this.clock = clock;
        this.node = hex(node & 0xffff, NODE_DIGITS);
        this.lastMillis = -1;
        if (newest != null && isWellFormed(newest)) {
            lastMillis = Long.parseLong(newest.substring(PREFIX.length(), PREFIX.length() + MILLIS_DIGITS), 16);
            sequence = Long.parseLong(newest.substring(PREFIX.length() + MILLIS_DIGITS, idLength() - NODE_DIGITS), 16);
        }
    }

    /** A new id and the creation time it encodes. */
    record Issued(String id, Instant createdAt) {}

    synchronized Issued next() {
        long now = clock.millis();
        if (now > lastMillis) {
            lastMillis = now;
            sequence = 0;
        } else if (++sequence > MAX_SEQUENCE) {
            lastMillis++;
            sequence = 0;
        }
        String id = PREFIX + hex(lastMillis, MILLIS_DIGITS) + hex(sequence, SEQUENCE_DIGITS) + node;
        return new Issued(id, Instant.ofEpochMilli(lastMillis));
    }

    /**
     * Returns whether a string is an id this class makes; other strings are never job ids.
     *
     * @param id any string, possibly {@code null}
     * @return {@code true} for {@code job-} and 22 lower-case hex digits
     */
    static boolean isWellFormed(String id) {
        if (id == null || id.length() != idLength() || !id.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < id.length(); i++) {
            if (Character.digit(id.charAt(i), 16) < 0 || Character.isUpperCase(id.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Maps an id to a string that sorts in the opposite order (each hex digit {@code d} becomes
     * {@code 15 - d}); applying it twice gives the id back.
     *
     * @param id a well-formed id, or the result of an earlier inversion
     * @return the inverted string, of the same length
     */
    static String invert(String id) {
        StringBuilder inverted = new StringBuilder(id.length()).append(PREFIX);
        for (int i = PREFIX.length(); i < id.length(); i++) {
            inverted.append(Character.forDigit(15 - Character.digit(id.charAt(i), 16), 16));
        }
        return inverted.toString();
    }

    private static int idLength() {
        return PREFIX.length() + HEX_DIGITS;
    }

    private static String hex(long value, int digits) {
        String text = Long.toHexString(value);
        return "0".repeat(Math.max(0, digits - text.length())) + text;
    }
}
