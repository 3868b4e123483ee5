package dev.strata.vectorio.index;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One chunk of a file, as the index stores it and gives it back. Immutable but for the vector:
 * the array is not copied (a store may hold millions of them), so do not change it once the
 * chunk is made. Two chunks are equal when every field is, the vector compared by its values.
 *
 * @param chunkId the chunk's id, unique in the store, never {@code null} or blank
 * @param fileId the id of its file, never {@code null} or blank
 * @param filename its file's name, never {@code null}; may be empty
 * @param position where it stands in its file, from 0
 * @param text the chunk's text, never {@code null}
 * @param vector its embedding, never {@code null}; as long as the index's dimension, finite and
 *     not all zeros (cosine similarity is undefined for a zero vector)
 * @param attributes its file's attributes, strings, finite numbers and booleans by non-blank
 *     key; {@code null} becomes empty
 */
public record IndexedChunk(
        String chunkId,
        String fileId,
        String filename,
        int position,
        String text,
        float[] vector,
        Map<String, Object> attributes) {

    /**
     * Validates the chunk and copies its attributes.
     *
     * @throws IllegalArgumentException if a field is missing or out of range; the message names
     *     the chunk and the field
     */
    public IndexedChunk {
        requireText("chunk id", chunkId, chunkId);
        requireText("file id", fileId, chunkId);
        require(filename != null, chunkId, "has no filename; give the file's name, or an empty one");
        require(position >= 0, chunkId, "has position " + position + "; positions count from 0");
        require(text != null, chunkId, "has no text; give the chunk's text");
        require(vector != null, chunkId, "has no vector; give the chunk's embedding");
        attributes = copy("chunk '" + chunkId + "'", attributes);
    }

    /**
     * Returns this chunk with other attributes.
     *
     * @param newAttributes the attributes, as {@link #attributes()} allows
     * @return a new chunk with the same vector array
     */
    IndexedChunk withAttributes(Map<String, Object> newAttributes) {
        return new IndexedChunk(chunkId, fileId, filename, position, text, vector, newAttributes);
    }

    /**
     * Copies and checks attributes, keeping their order.
     *
     * @param owner what the attributes belong to, for messages, such as {@code "file 'f1'"}
     * @throws IllegalArgumentException if a key is blank or a value is not a string, finite
     *     number or boolean
     */
    static Map<String, Object> copy(String owner, Map<String, ?> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : attributes.entrySet()) {
            String key = entry.getKey();
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException(
                        owner + " has an attribute with the key " + describe(key) + "; give every attribute a name");
            }
            Object value = entry.getValue();
            if (!isScalar(value)) {
                throw new IllegalArgumentException(owner + " has attribute '" + key + "' = " + describe(value)
                        + "; use a string, a finite number or a boolean");
            }
            copy.put(key, value);
        }
        return Collections.unmodifiableMap(copy);
    }

    private static boolean isScalar(Object value) {
        return value instanceof String
                || value instanceof Boolean
                || (value instanceof Number number && Double.isFinite(number.doubleValue()));
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        return value instanceof String
                ? "'" + value + "'"
                : value + " (" + value.getClass().getSimpleName() + ")";
    }

    private static void requireText(String name, String value, String chunkId) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("chunk " + (chunkId == null ? "" : "'" + chunkId + "' ") + "has " + name
                    + " " + describe(value) + "; give a non-blank " + name);
        }
    }

    private static void require(boolean condition, String chunkId, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("chunk '" + chunkId + "' " + problem);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndexedChunk that
                && chunkId.equals(that.chunkId)
                && fileId.equals(that.fileId)
                && filename.equals(that.filename)
                && position == that.position
                && text.equals(that.text)
                && Arrays.equals(vector, that.vector)
                && attributes.equals(that.attributes);
    }

    @Override
    public int hashCode() {
        return chunkId.hashCode() * 31 + Arrays.hashCode(vector);
    }

    @Override
    public String toString() {
        return "IndexedChunk[chunkId=" + chunkId + ", fileId=" + fileId + ", filename=" + filename + ", position="
                + position + ", text=" + text.length() + " chars, vector=" + vector.length + " dimensions, attributes="
                + attributes + "]";
    }
}
