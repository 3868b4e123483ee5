package dev.strata.vectorio.chunk;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The ids of chunks: {@code chunk_} and 32 hex digits, the first 128 bits of a SHA-256 over the
 * store id, the file id and the position. The same chunk always gets the same id, so ingesting a
 * file again replaces its chunks instead of adding to them; the same file in two stores gets two
 * ids, so one index may hold several stores. The id is short, ASCII and of one length whatever
 * the ids it is made of, so it is always a valid Lucene term.
 */
public final class ChunkIds {

    /** What every chunk id starts with: {@value}. */
    public static final String PREFIX = "chunk_";

    private static final int HASH_BYTES = 16;

    private ChunkIds() {}

    /**
     * Returns a chunk's id.
     *
     * @param storeId the vector store's id, not {@code null} or empty
     * @param fileId the file's id, not {@code null} or empty
     * @param position the chunk's position in the file, 0 or more
     * @return the id, {@value #PREFIX} and 32 lower-case hex digits
     * @throws IllegalArgumentException if an id is {@code null} or empty, or the position is
     *     negative
     */
    public static String of(String storeId, String fileId, int position) {
        if (storeId == null || storeId.isEmpty() || fileId == null || fileId.isEmpty()) {
            throw new IllegalArgumentException(
                    "store id '" + storeId + "' and file id '" + fileId + "' make no chunk id; give both, non-empty");
        }
        if (position < 0) {
            throw new IllegalArgumentException("chunk position is " + position + "; use 0 or more");
        }
        MessageDigest digest = sha256();
        // each id is preceded by its length, so no two pairs of ids feed the digest the same bytes
        digest.update(lengthPrefixed(storeId));
        digest.update(lengthPrefixed(fileId));
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(position).array());
        byte[] hash = digest.digest();
        return PREFIX + HexFormat.of().formatHex(hash, 0, HASH_BYTES);
    }

    private static byte[] lengthPrefixed(String id) {
        byte[] bytes = id.getBytes(UTF_8);
        return ByteBuffer.allocate(Integer.BYTES + bytes.length)
                .putInt(bytes.length)
                .put(bytes)
                .array();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            // every Java platform must provide SHA-256 (MessageDigest's Javadoc)
            throw new IllegalStateException("this JVM offers no SHA-256; use a standard Java 17 runtime", missing);
        }
    }
}
