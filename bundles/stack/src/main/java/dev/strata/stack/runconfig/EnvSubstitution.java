package dev.strata.stack.runconfig;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces environment references in the text values of a run config, with Llama Stack's
 * syntax:
 *
 * <ul>
 *   <li>{@code ${env.NAME}}: the variable's value; a fault if it is unset or empty.
 *   <li>{@code ${env.NAME:=default}}: the value, or {@code default} when unset or empty.
 *   <li>{@code ${env.NAME:+value}}: {@code value} when the variable is set and not empty, else
 *       nothing. A value that comes out empty this way reads as absent ({@code null}), which
 *       is how a provider is switched on by a variable.
 * </ul>
 *
 * Keys are never substituted. Stateless apart from the environment it reads.
 */
final class EnvSubstitution {

    private static final Pattern REFERENCE =
            Pattern.compile("\\$\\{env\\.([A-Za-z_][A-Za-z0-9_]*)(?:(:=|:\\+)([^}]*))?}");
    private static final Pattern MALFORMED = Pattern.compile("\\$\\{(?!env\\.)[^}]*}|\\$\\{env\\.[^}]*$");

    private final Function<String, String> environment;

    /** @param environment reads a variable, returning {@code null} when it is unset */
    EnvSubstitution(Function<String, String> environment) {
        this.environment = environment;
    }

    /** Returns the tree with every text value substituted, and adds a fault per bad reference. */
    YamlNode apply(YamlNode node, List<RunConfigException.Fault> faults) {
        if (node.isMap()) {
            Map<String, YamlNode> map = new java.util.LinkedHashMap<>();
            node.asMap().forEach((key, child) -> map.put(key, apply(child, faults)));
            return new YamlNode(java.util.Collections.unmodifiableMap(map), node.line(), node.path());
        }
        if (node.isList()) {
            List<YamlNode> list =
                    node.asList().stream().map(child -> apply(child, faults)).toList();
            return new YamlNode(list, node.line(), node.path());
        }
        if (node.value() instanceof String text && text.contains("${")) {
            return new YamlNode(substitute(node, text, faults), node.line(), node.path());
        }
        return node;
    }

    private String substitute(YamlNode node, String text, List<RunConfigException.Fault> faults) {
        Matcher malformed = MALFORMED.matcher(text);
        if (malformed.find()) {
            faults.add(node.fault("'" + malformed.group()
                    + "' is not an environment reference; write ${env.NAME}, ${env.NAME:=default} or"
                    + " ${env.NAME:+value}"));
            return text;
        }
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(resolve(node, matcher, faults)));
        }
        matcher.appendTail(result);
        return result.isEmpty() ? null : result.toString();
    }

    private String resolve(YamlNode node, Matcher reference, List<RunConfigException.Fault> faults) {
        String name = reference.group(1);
        String operator = reference.group(2);
        String operand = reference.group(3);
        String value = environment.apply(name);
        boolean set = value != null && !value.isEmpty();
        if (operator == null) {
            if (!set) {
                faults.add(node.fault("the environment variable " + name
                        + " is not set; set it, or give a default with ${env." + name + ":=default}"));
            }
            return set ? value : "";
        }
        if (operator.equals(":=")) {
            return set ? value : operand;
        }
        return set ? operand : "";
    }
}
