package dev.strata.vectorio.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.UnicodeUtil;

/**
 * How a chunk's attributes live in its document, so that {@link FilterQuery} can match them and
 * a result can show them as they were given.
 *
 * <p>Each attribute is indexed under a field of its own kind: {@code attr_s.KEY} for a string
 * (an exact term; terms sort by UTF-8 bytes, which is Unicode code point order), {@code
 * attr_n.KEY} for a number (a double point, so 3 and 3.0 are one value), {@code attr_b.KEY} for
 * a boolean (the term {@code true} or {@code false}). Its key is also a term of {@value #KEYS},
 * so a filter can ask whether a chunk has the attribute at all. The value is stored in its kind's
 * field; a number keeps its Java type (an Integer comes back an Integer).
 */
final class AttributeFields {

    /** The field holding every attribute key of a chunk. */
    static final String KEYS = "attr_keys";

    /** The longest string attribute that can be indexed as one term: Lucene's limit, in UTF-8 bytes. */
    static final int MAX_STRING_BYTES = 32766;

    private static final String STRINGS = "attr_s.";
    private static final String NUMBERS = "attr_n.";
    private static final String BOOLEANS = "attr_b.";

    private AttributeFields() {}

    static String strings(String key) {
        return STRINGS + key;
    }

    static String numbers(String key) {
        return NUMBERS + key;
    }

    static String booleans(String key) {
        return BOOLEANS + key;
    }

    /**
     * Returns the value a number is indexed and compared as: its double, with -0.0 made 0.0,
     * since they are equal numbers but different points.
     */
    static double number(Number number) {
        double value = number.doubleValue();
        return value == 0 ? 0.0 : value;
    }

    /**
     * Adds the fields of the attributes to a chunk's document.
     *
     * @throws IllegalArgumentException if a string value is too long to be a term
     */
    static void add(Document document, String chunkId, Map<String, Object> attributes) {
        for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
            String key = attribute.getKey();
            document.add(new StringField(KEYS, key, Field.Store.NO));
            Object value = attribute.getValue();
            if (value instanceof String string) {
                requireIndexable(chunkId, key, string);
                document.add(new StringField(strings(key), string, Field.Store.YES));
            } else if (value instanceof Boolean bool) {
                document.add(new StringField(booleans(key), bool.toString(), Field.Store.YES));
            } else {
                Number number = (Number) value;
                document.add(new DoublePoint(numbers(key), number(number)));
                document.add(stored(numbers(key), number));
            }
        }
    }

    /** Reads the attributes back from a chunk's stored fields, in the order they were given. */
    static Map<String, Object> read(Document stored) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (IndexableField field : stored) {
            String name = field.name();
            if (name.startsWith(STRINGS)) {
                attributes.put(name.substring(STRINGS.length()), field.stringValue());
            } else if (name.startsWith(NUMBERS)) {
                attributes.put(name.substring(NUMBERS.length()), field.numericValue());
            } else if (name.startsWith(BOOLEANS)) {
                attributes.put(name.substring(BOOLEANS.length()), Boolean.valueOf(field.stringValue()));
            }
        }
        return attributes.isEmpty() ? Map.of() : Collections.unmodifiableMap(attributes);
    }

    private static StoredField stored(String name, Number number) {
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return new StoredField(name, number.intValue());
        }
        if (number instanceof Long) {
            return new StoredField(name, number.longValue());
        }
        if (number instanceof Float) {
            return new StoredField(name, number.floatValue());
        }
        return new StoredField(name, number.doubleValue());
    }

    private static void requireIndexable(String chunkId, String key, String value) {
        int bytes = UnicodeUtil.calcUTF16toUTF8Length(value, 0, value.length());
        if (bytes > MAX_STRING_BYTES) {
            throw new IllegalArgumentException("chunk '" + chunkId + "' has attribute '" + key + "' of " + bytes
                    + " UTF-8 bytes; a string attribute can have at most " + MAX_STRING_BYTES);
        }
    }
}
