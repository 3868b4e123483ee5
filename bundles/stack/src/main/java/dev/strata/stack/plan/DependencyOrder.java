package dev.strata.stack.plan;

import dev.strata.stack.runconfig.RunConfigException.Fault;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders planned configurations so that each follows the ones it depends on, and reports a
 * dependency cycle as a fault naming its members, since Declarative Services would leave every
 * member of a cycle of mandatory references unsatisfied forever.
 */
final class DependencyOrder {

    private DependencyOrder() {}

    static List<PlannedConfiguration> sort(Map<String, PlannedConfiguration> planned, List<Fault> faults) {
        List<PlannedConfiguration> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String key : planned.keySet()) {
            visit(key, planned, new LinkedHashSet<>(), done, ordered, faults);
        }
        return ordered;
    }

    private static void visit(
            String key,
            Map<String, PlannedConfiguration> planned,
            LinkedHashSet<String> path,
            Set<String> done,
            List<PlannedConfiguration> ordered,
            List<Fault> faults) {
        PlannedConfiguration configuration = planned.get(key);
        if (configuration == null || done.contains(key)) {
            return;
        }
        if (!path.add(key)) {
            List<String> cycle = new ArrayList<>(path);
            cycle = cycle.subList(cycle.indexOf(key), cycle.size());
            faults.add(new Fault(
                    configuration.line(),
                    "providers." + configuration.api(),
                    "dependency cycle: " + String.join(" -> ", cycle) + " -> " + key
                            + "; one of them must not need the next"));
            done.addAll(cycle);
            return;
        }
        for (String dependency : configuration.dependsOn()) {
            visit(dependency, planned, path, done, ordered, faults);
        }
        path.remove(key);
        if (done.add(key)) {
            ordered.add(configuration);
        }
    }
}
