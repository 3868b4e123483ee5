package dev.strata.stack.plan;

import java.util.List;

/**
 * The factory configurations a run config asks for, in dependency order: every configuration
 * comes after the ones it depends on.
 *
 * @param configurations the configurations, in dependency order
 * @param warnings things worth an operator's attention that do not stop the plan
 */
public record ConfigurationPlan(List<PlannedConfiguration> configurations, List<String> warnings) {

    /** Copies both lists. */
    public ConfigurationPlan {
        configurations = List.copyOf(configurations);
        warnings = List.copyOf(warnings);
    }
}
