package dev.strata.stack.runconfig;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into a {@link YamlNode} tree with Jackson's YAML parser, keeping the line of
 * every value. Thread-safe: each call uses its own parser.
 */
final class YamlTreeReader {

    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    private YamlTreeReader() {}

    /**
     * @param source what the text is, for messages, e.g. the file's path
     * @throws RunConfigException for a syntax error or a key given twice in one map
     */
    static YamlNode read(String source, String text) throws RunConfigException {
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode(Collections.emptyMap(), 1, "");
            }
            return new TreeBuilder(source, parser).value("");
        } catch (JsonProcessingException e) {
            throw new RunConfigException(source, syntaxFault(e));
        } catch (IOException e) {
            throw new RunConfigException(source, new RunConfigException.Fault(0, "", "unreadable: " + e.getMessage()));
        }
    }

    /**
     * A syntax error on one line: SnakeYAML's problem at the line and column where it found it,
     * and, when the construct it was reading began on an earlier line, that line too (an
     * unclosed bracket or quote is found at the end of the file). Jackson's own message is
     * several lines with a copy of the text and a caret, and its location is where the parser
     * stood, which can be lines before the problem.
     */
    private static RunConfigException.Fault syntaxFault(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            Mark problem = yaml.getProblemMark();
            Mark context = yaml.getContextMark();
            String message = "not valid YAML at column " + (problem.getColumn() + 1) + ": " + yaml.getProblem();
            if (yaml.getContext() != null && context != null && context.getLine() < problem.getLine()) {
                message += " (" + yaml.getContext() + " that begins on line " + (context.getLine() + 1) + ")";
            }
            return new RunConfigException.Fault(problem.getLine() + 1, "", message);
        }
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        return new RunConfigException.Fault(line, "", "not valid YAML: " + e.getOriginalMessage());
    }

    /** Walks the parser's tokens; the parser stands on the first token of the value to read. */
    private record TreeBuilder(String source, JsonParser parser) {

        YamlNode value(String path) throws IOException, RunConfigException {
            int line = parser.currentTokenLocation().getLineNr();
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> new YamlNode(map(path), line, path);
                case START_ARRAY -> new YamlNode(list(path), line, path);
                case VALUE_STRING -> new YamlNode(parser.getText(), line, path);
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new YamlNode(parser.getNumberValue(), line, path);
                case VALUE_TRUE, VALUE_FALSE -> new YamlNode(parser.getBooleanValue(), line, path);
                case VALUE_NULL -> new YamlNode(null, line, path);
                default ->
                    throw new RunConfigException(
                            source, new RunConfigException.Fault(line, path, "unexpected YAML token " + token));
            };
        }

        private Map<String, YamlNode> map(String path) throws IOException, RunConfigException {
            Map<String, YamlNode> map = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int line = parser.currentTokenLocation().getLineNr();
                String childPath = path.isEmpty() ? key : path + "." + key;
                parser.nextToken();
                YamlNode child = value(childPath);
                if (map.put(key, child) != null) {
                    throw new RunConfigException(
                            source,
                            new RunConfigException.Fault(
                                    line, childPath, "the key '" + key + "' is given twice; keep one"));
                }
            }
            return Collections.unmodifiableMap(map);
        }

        private List<YamlNode> list(String path) throws IOException, RunConfigException {
            List<YamlNode> list = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                list.add(value(path + "[" + list.size() + "]"));
            }
            return Collections.unmodifiableList(list);
        }
    }
}
