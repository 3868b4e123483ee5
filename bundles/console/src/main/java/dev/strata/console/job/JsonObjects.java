package dev.strata.console.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** Reads and writes the JSON objects that job data, metadata and results are. */
final class JsonObjects {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonObjects() {}

    /**
     * @param what the argument's name, for the message
     * @param text a JSON object, or {@code null} for an empty one
     * @throws IllegalArgumentException naming the argument, the text and the problem
     */
    static Map<String, Object> parse(String what, String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            Object value = MAPPER.readValue(text, new TypeReference<Object>() {});
            if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> object = (Map<String, Object>) map;
                return object;
            }
            throw new IllegalArgumentException(what + " is " + text + ", not a JSON object; write one such as"
                    + " '{\"file\": \"a.txt\"}' (single quotes keep the shell off the double quotes)");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + " is not valid JSON: " + text + " (" + e.getOriginalMessage()
                    + "); write an object such as '{\"file\": \"a.txt\"}'");
        }
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
