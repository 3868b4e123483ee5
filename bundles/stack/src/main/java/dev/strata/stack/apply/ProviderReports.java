package dev.strata.stack.apply;

import dev.strata.api.common.ProviderProperties;
import dev.strata.api.stack.ComponentState;
import dev.strata.api.stack.ProviderReport;
import dev.strata.stack.plan.ConfigurationPlan;
import dev.strata.stack.plan.PlannedConfiguration;
import dev.strata.stack.status.ComponentStates;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, ComponentState> states = ComponentStates.byConfigurationPid(runtime);
        return plan.configurations().stream()
                .map(planned -> report(planned, states.get(pid(planned))))
                .toList();
    }

    /** A named factory configuration's PID (Configuration Admin 1.6, section 104.4.1). */
    static String pid(PlannedConfiguration planned) {
        return planned.factoryPid() + "~" + planned.name();
    }

    private static ProviderReport report(PlannedConfiguration planned, ComponentState state) {
        String status;
        List<String> waitingFor;
        if (state == null) {
            status = "waiting";
            waitingFor = List.of(
                    "a component for factory PID " + planned.factoryPid() + " (is the bundle that serves it started?)");
        } else if (state.failure() != null) {
            status = "failed";
            waitingFor = List.of(state.failure());
        } else {
            status = state.holdsReadiness() ? "waiting" : "active";
            waitingFor = state.waitingFor();
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
