package dev.strata.stack.status;

import dev.strata.api.stack.ComponentState;
import dev.strata.api.stack.ComponentState.State;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/** Turns the Service Component Runtime's DTOs into {@link ComponentState}s. */
public final class ComponentStates {

    /** The configuration policy under which a component without configuration never activates. */
    private static final String REQUIRE = "require";

    private static final String CAUSED_BY = "Caused by:";

    /** The configuration policy under which a component never sees a configuration. */
    private static final String IGNORE = "ignore";

    private ComponentStates() {}

    /** One state per component configuration, or per component where it has none. */
    static List<ComponentState> of(ServiceComponentRuntime runtime, Bundle... bundles) {
        if (bundles.length == 0) {
            return List.of(); // the runtime reads an empty array as "every bundle"
        }
        List<ComponentState> states = new ArrayList<>();
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs(bundles)) {
            states.addAll(of(runtime, description));
        }
        return states;
    }

    /**
     * The states of the components a configuration is for: every component, of any bundle, whose
     * configuration PIDs name {@code factoryPid} and that does not ignore configuration. Each
     * gives the state of its instance made from configuration {@code pid}, or, while the runtime
     * has not given that configuration to it yet, a state that holds readiness and says so. Empty
     * when no started bundle has such a component.
     */
    public static List<ComponentState> forConfiguration(
            ServiceComponentRuntime runtime, String factoryPid, String pid) {
        List<ComponentState> states = new ArrayList<>();
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
            if (IGNORE.equals(description.configurationPolicy)
                    || !Arrays.asList(description.configurationPid).contains(factoryPid)) {
                continue;
            }
            ComponentState state = null;
            for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
                if (pid.equals(configuration.properties.get("service.pid"))) {
                    state = of(description, configuration);
                }
            }
            states.add(state != null ? state : notDeliveredYet(description, pid));
        }
        return states;
    }

    private static ComponentState notDeliveredYet(ComponentDescriptionDTO description, String pid) {
        return new ComponentState(
                description.name,
                description.bundle.symbolicName,
                State.UNSATISFIED_CONFIGURATION,
                List.of("configuration " + pid + " (not yet given to it)"),
                null);
    }

    private static List<ComponentState> of(ServiceComponentRuntime runtime, ComponentDescriptionDTO description) {
        String bundle = description.bundle.symbolicName;
        if (!runtime.isComponentEnabled(description)) {
            return List.of(new ComponentState(description.name, bundle, State.DISABLED, List.of(), null));
        }
        var configurations = runtime.getComponentConfigurationDTOs(description);
        if (configurations.isEmpty()) {
            return List.of(withoutConfiguration(description));
        }
        return configurations.stream()
                .map(configuration -> of(description, configuration))
                .toList();
    }

    private static ComponentState withoutConfiguration(ComponentDescriptionDTO description) {
        String bundle = description.bundle.symbolicName;
        List<String> pids = Arrays.stream(description.configurationPid)
                .map(pid -> "configuration " + pid)
                .toList();
        State state = REQUIRE.equals(description.configurationPolicy) ? State.NOT_CONFIGURED : State.SATISFIED;
        return new ComponentState(description.name, bundle, state, pids, null);
    }

    private static ComponentState of(ComponentDescriptionDTO description, ComponentConfigurationDTO configuration) {
        State state = stateOf(configuration.state);
        if (state == State.SATISFIED && description.immediate) {
            state = State.CHANGING; // an immediate component is satisfied only while it activates
        }
        List<String> waitingFor = Arrays.stream(configuration.unsatisfiedReferences)
                .map(missing -> describe(description, missing))
                .toList();
        return new ComponentState(
                displayName(description.name, configuration.properties),
                description.bundle.symbolicName,
                state,
                waitingFor,
                rootCause(configuration.failure));
    }

    /**
     * The deepest cause of a failure, as one line: the runtime reports a failed activation as a
     * whole stack trace, which the log already holds and a status table cannot show.
     */
    static String rootCause(String failure) {
        if (failure == null || failure.isBlank()) {
            return failure;
        }
        String cause = failure.lines().findFirst().orElse(failure).strip();
        for (String line : failure.lines().toList()) {
            String stripped = line.strip();
            if (stripped.startsWith(CAUSED_BY)) {
                cause = stripped.substring(CAUSED_BY.length()).strip();
            }
        }
        return cause;
    }

    /** Names a configured instance after its provider id or configuration PID, so instances differ. */
    static String displayName(String name, Map<String, Object> properties) {
        Object instance = Optional.ofNullable(properties.get("provider.id")).orElse(properties.get("service.pid"));
        if (instance == null || instance.equals(name)) {
            return name;
        }
        return name + " [" + instance + "]";
    }

    private static String describe(ComponentDescriptionDTO description, UnsatisfiedReferenceDTO missing) {
        String service = Arrays.stream(description.references)
                .filter(reference -> reference.name.equals(missing.name))
                .map(reference -> reference.interfaceName)
                .findFirst()
                .orElse("?");
        String target = missing.target == null ? "" : " " + missing.target;
        return missing.name + " (" + service + target + ")";
    }

    static State stateOf(int scrState) {
        return switch (scrState) {
            case ComponentConfigurationDTO.ACTIVE -> State.ACTIVE;
            case ComponentConfigurationDTO.SATISFIED -> State.SATISFIED;
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> State.UNSATISFIED_REFERENCE;
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> State.UNSATISFIED_CONFIGURATION;
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> State.FAILED_ACTIVATION;
            // Felix SCR reports -1 for a configuration in passing (being disposed or replaced).
            default -> State.CHANGING;
        };
    }
}
