package dev.strata.scheduler.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * JSON equality for metadata filters: numbers compare by value, so a filter's {@code 1L}
 * matches the {@code 1} that the store gives back as an {@code Integer}, and {@code 1.0}
 * matches {@code 1}.
 */
final class JsonMatch {

    private JsonMatch() {}

    /** Whether {@code object} has every key of {@code wanted} with an equal value. */
    static boolean containsAll(Map<String, Object> object, Map<String, Object> wanted) {
        for (Map.Entry<String, Object> entry : wanted.entrySet()) {
            if (!object.containsKey(entry.getKey()) || !equal(object.get(entry.getKey()), entry.getValue())) {
                return false;
            }
        }
        return true;
    }

    static boolean equal(Object left, Object right) {
        if (left instanceof Number a && right instanceof Number b) {
            return decimal(a).compareTo(decimal(b)) == 0;
        }
        if (left instanceof List<?> a && right instanceof List<?> b) {
            return listsEqual(a, b);
        }
        if (left instanceof Map<?, ?> a && right instanceof Map<?, ?> b) {
            return mapsEqual(a, b);
        }
        return left == null ? right == null : left.equals(right);
    }

    private static boolean listsEqual(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!equal(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean mapsEqual(Map<?, ?> a, Map<?, ?> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<?, ?> entry : a.entrySet()) {
            if (!equal(entry.getValue(), b.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal decimal(Number number) {
        return number instanceof BigDecimal exact ? exact : new BigDecimal(number.toString());
    }
}
