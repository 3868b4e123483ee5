package dev.strata.stack.runconfig;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a {@link YamlNode} tree into plain maps, lists and scalars, dropping the locations. */
final class PlainValues {

    private PlainValues() {}

    /** The plain map of a map node; an absent ({@code null}) node gives an empty map. */
    static Map<String, Object> of(YamlNode map) {
        if (map.value() == null) {
            return Map.of();
        }
        Map<String, Object> plain = new LinkedHashMap<>();
        map.asMap().forEach((key, child) -> plain.put(key, value(child)));
        return Collections.unmodifiableMap(plain);
    }

    /**
     * The line of every value under a map node, keyed by its key path below it ({@code
     * retry.initial_backoff}); an absent node gives an empty map.
     */
    static Map<String, Integer> lines(YamlNode map) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        if (map.isMap()) {
            addLines("", map, lines);
        }
        return lines;
    }

    private static void addLines(String prefix, YamlNode map, Map<String, Integer> lines) {
        map.asMap().forEach((key, child) -> {
            lines.put(prefix + key, child.line());
            if (child.isMap()) {
                addLines(prefix + key + ".", child, lines);
            }
        });
    }

    static Object value(YamlNode node) {
        if (node.isMap()) {
            return of(node);
        }
        if (node.isList()) {
            List<Object> list = new ArrayList<>();
            node.asList().forEach(child -> list.add(value(child)));
            return Collections.unmodifiableList(list);
        }
        return node.value();
    }
}
