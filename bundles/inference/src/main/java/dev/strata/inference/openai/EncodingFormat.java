package dev.strata.inference.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.api.stack.SettingException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Base64;

/**
 * How the endpoint sends vectors, the request's {@code encoding_format}: a JSON array of numbers,
 * or base64 of the vector's float32 values in little-endian order, as OpenAI's API reference
 * defines it (a third smaller on the wire, and what OpenAI's own SDKs ask for).
 */
public enum EncodingFormat {
    FLOAT("float"),
    BASE64("base64");

    private final String wireName;

    EncodingFormat(String wireName) {
        this.wireName = wireName;
    }

    /** The value of {@code encoding_format}. */
    public String wireName() {
        return wireName;
    }

    /**
     * @param name {@code float} or {@code base64}
     * @throws SettingException naming the value and the two accepted
     */
    public static EncodingFormat of(String name) {
        for (EncodingFormat format : values()) {
            if (format.wireName.equals(name)) {
                return format;
            }
        }
        throw new SettingException("encoding.format", "is '" + name + "'; give float or base64");
    }

    /**
     * Reads one {@code embedding} of a response.
     *
     * @return the vector, or {@code null} when the node has not this format's shape
     */
    float[] decode(JsonNode embedding) {
        return switch (this) {
            case FLOAT -> embedding.isArray() ? floats(embedding) : null;
            case BASE64 -> embedding.isTextual() ? base64(embedding.asText()) : null;
        };
    }

    private static float[] floats(JsonNode array) {
        float[] vector = new float[array.size()];
        for (int i = 0; i < vector.length; i++) {
            JsonNode value = array.get(i);
            if (!value.isNumber()) {
                return null;
            }
            vector[i] = value.floatValue();
        }
        return vector;
    }

    private static float[] base64(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (bytes.length % Float.BYTES != 0) {
            return null;
        }
        FloatBuffer floats =
                ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        float[] vector = new float[floats.remaining()];
        floats.get(vector);
        return vector;
    }
}
