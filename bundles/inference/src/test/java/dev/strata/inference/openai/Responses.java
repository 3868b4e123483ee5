package dev.strata.inference.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/** Embeddings responses as OpenAI's API reference shows them, built with Jackson. */
final class Responses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Responses() {}

    /** The vector of text {@code i} of a fake model: {@code [i, i + 0.5, ...]}. */
    static float[] vectorOf(int i, int dimension) {
        float[] vector = new float[dimension];
        for (int d = 0; d < dimension; d++) {
            vector[d] = i + d * 0.5f;
        }
        return vector;
    }

    /** Vectors for texts {@code first} to {@code first + count - 1}, as JSON numbers. */
    static String floats(int first, int count, int dimension, int promptTokens) {
        ObjectNode root = root(promptTokens);
        ArrayNode data = root.putArray("data");
        for (int i = 0; i < count; i++) {
            ArrayNode embedding = item(data, i).putArray("embedding");
            for (float value : vectorOf(first + i, dimension)) {
                embedding.add(value);
            }
        }
        return root.toString();
    }

    /** The same vectors as base64 of little-endian float32, listed in reverse index order. */
    static String base64(int first, int count, int dimension, int promptTokens) {
        ObjectNode root = root(promptTokens);
        ArrayNode data = root.putArray("data");
        for (int i = count - 1; i >= 0; i--) {
            ByteBuffer bytes = ByteBuffer.allocate(dimension * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            for (float value : vectorOf(first + i, dimension)) {
                bytes.putFloat(value);
            }
            item(data, i).put("embedding", Base64.getEncoder().encodeToString(bytes.array()));
        }
        return root.toString();
    }

    static String error(String message) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("error").put("message", message).put("type", "server_error");
        return root.toString();
    }

    private static ObjectNode root(int promptTokens) {
        ObjectNode root = JSON.createObjectNode();
        root.put("object", "list");
        root.put("model", "fake-embed");
        root.putObject("usage").put("prompt_tokens", promptTokens).put("total_tokens", promptTokens);
        return root;
    }

    private static ObjectNode item(ArrayNode data, int index) {
        return data.addObject().put("object", "embedding").put("index", index);
    }
}
