package dev.strata.stack.apply;

import dev.strata.api.common.ProviderProperties;
import dev.strata.api.stack.ComponentState;
import dev.strata.api.stack.ProviderReport;
import dev.strata.stack.plan.ConfigurationPlan;
import dev.strata.stack.plan.PlannedConfiguration;
import dev.strata.stack.status.ComponentStates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/** Joins the plan in effect with the Service Component Runtime's view of each provider. */
final class ProviderReports {

    /**
     * Settings whose values are never shown: private properties (a leading dot, where the plan
     * puts secrets) and anything named like a password, key, token or secret.
     */
    private static final Pattern SECRET =
            Pattern.compile("(?i)\\..*|.*(password|secret|token|api.key|apikey|credential).*");

    private static final String MASK = "****";

    private ProviderReports() {}

    static List<ProviderReport> of(ConfigurationPlan plan, ServiceComponentRuntime runtime) {
        return plan.configurations().stream()
                .map(planned ->
                        report(planned, ComponentStates.forConfiguration(runtime, planned.factoryPid(), pid(planned))))
                .toList();
    }

    /** A named factory configuration's PID (Configuration Admin 1.6, section 104.4.1). */
    static String pid(PlannedConfiguration planned) {
        return planned.factoryPid() + "~" + planned.name();
    }

    /** A provider is active when every component its configuration is for is. */
    private static ProviderReport report(PlannedConfiguration planned, List<ComponentState> components) {
        String status;
        List<String> waitingFor = new ArrayList<>();
        List<String> failures = components.stream()
                .map(ComponentState::failure)
                .filter(Objects::nonNull)
                .toList();
        if (components.isEmpty()) {
            status = "waiting";
            waitingFor.add(
                    "a component for factory PID " + planned.factoryPid() + " (is the bundle that serves it started?)");
        } else if (!failures.isEmpty()) {
            status = "failed";
            waitingFor.addAll(failures);
        } else {
            boolean holding = components.stream().anyMatch(ComponentState::holdsReadiness);
            status = holding ? "waiting" : "active";
            for (ComponentState component : components) {
                if (component.holdsReadiness()) {
                    waitingFor.addAll(
                            component.waitingFor().isEmpty()
                                    ? List.of(component.name() + " ("
                                            + component.state().label() + ")")
                                    : component.waitingFor());
                }
            }
        }
        return new ProviderReport(
                planned.api(),
                planned.name(),
                String.valueOf(planned.properties().get(ProviderProperties.PROVIDER_TYPE)),
                pid(planned),
                status,
                waitingFor,
                planned.dependsOn(),
                masked(planned.properties()));
    }

    static Map<String, Object> masked(Map<String, Object> properties) {
        Map<String, Object> masked = new LinkedHashMap<>();
        properties.forEach((key, value) -> masked.put(key, SECRET.matcher(key).matches() ? MASK : value));
        return masked;
    }
}
