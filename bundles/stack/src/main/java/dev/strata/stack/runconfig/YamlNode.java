package dev.strata.stack.runconfig;

import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line it starts on and its key path, so that every fault found later,
 * after environment substitution and schema checks, still names where it is in the file.
 *
 * @param value a {@code String}, {@code Boolean}, {@code Number}, {@code null}, a {@code
 *     List<YamlNode>} or a {@code Map<String, YamlNode>} in file order
 * @param line the 1-based line the value starts on
 * @param path the key path, e.g. {@code providers.job_scheduler[0].config}
 */
record YamlNode(Object value, int line, String path) {

    boolean isMap() {
        return value instanceof Map;
    }

    boolean isList() {
        return value instanceof List;
    }

    @SuppressWarnings("unchecked")
    Map<String, YamlNode> asMap() {
        return (Map<String, YamlNode>) value;
    }

    @SuppressWarnings("unchecked")
    List<YamlNode> asList() {
        return (List<YamlNode>) value;
    }

    /** The fault "this value is wrong", located at this node. */
    RunConfigException.Fault fault(String message) {
        return new RunConfigException.Fault(line, path, message);
    }

    /** What a user calls the kind of this value, for messages such as "expected a map, found a list". */
    String kind() {
        if (value == null) {
            return "nothing (null)";
        }
        if (isMap()) {
            return "a map";
        }
        if (isList()) {
            return "a list";
        }
        return value instanceof String ? "the text '" + value + "'" : "the value " + value;
    }
}
