package dev.strata.stack.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.strata.api.stack.ComponentState;
import dev.strata.api.stack.ComponentState.State;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.dto.BundleDTO;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.ReferenceDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

class ComponentStatesTest {

    private final ServiceComponentRuntime runtime = mock(ServiceComponentRuntime.class);
    private final Bundle bundle = mock(Bundle.class);

    @Test
    void unsatisfiedReferenceNamesServiceAndTarget() {
        ComponentDescriptionDTO description = description("dev.strata.vectorio.Lucene", "optional");
        description.references = new ReferenceDTO[] {reference("kvstore", "dev.strata.api.kvstore.KVStore")};
        ComponentConfigurationDTO configuration =
                configuration(ComponentConfigurationDTO.UNSATISFIED_REFERENCE, Map.of("provider.id", "lucene"));
        UnsatisfiedReferenceDTO missing = new UnsatisfiedReferenceDTO();
        missing.name = "kvstore";
        missing.target = "(provider.id=kv_default)";
        configuration.unsatisfiedReferences = new UnsatisfiedReferenceDTO[] {missing};
        given(description, configuration);

        List<ComponentState> states = ComponentStates.of(runtime, bundle);

        assertThat(states).singleElement().satisfies(state -> {
            assertThat(state.name()).isEqualTo("dev.strata.vectorio.Lucene [lucene]");
            assertThat(state.state()).isEqualTo(State.UNSATISFIED_REFERENCE);
            assertThat(state.waitingFor())
                    .containsExactly("kvstore (dev.strata.api.kvstore.KVStore (provider.id=kv_default))");
            assertThat(state.holdsReadiness()).isTrue();
        });
    }

    @Test
    void factoryComponentWithoutConfigurationDoesNotHoldReadiness() {
        given(description("dev.strata.kvstore.Store", "require"));

        ComponentState state = ComponentStates.of(runtime, bundle).get(0);

        assertThat(state.state()).isEqualTo(State.NOT_CONFIGURED);
        assertThat(state.waitingFor()).containsExactly("configuration dev.strata.kvstore.Store");
        assertThat(state.holdsReadiness()).isFalse();
    }

    @Test
    void disabledComponentIsReportedDisabled() {
        ComponentDescriptionDTO description = description("dev.strata.Off", "optional");
        when(runtime.getComponentDescriptionDTOs(any(Bundle[].class))).thenReturn(List.of(description));
        when(runtime.isComponentEnabled(description)).thenReturn(false);

        assertThat(ComponentStates.of(runtime, bundle).get(0).state()).isEqualTo(State.DISABLED);
    }

    @Test
    void stateOutsideTheSpecificationIsChangingAndHoldsReadiness() {
        given(description("dev.strata.Moving", "optional"), configuration(-1, Map.of()));

        ComponentState state = ComponentStates.of(runtime, bundle).get(0);

        assertThat(state.state()).isEqualTo(State.CHANGING);
        assertThat(state.holdsReadiness()).isTrue();
    }

    @Test
    void noBundlesMeansNoComponentsNotEveryComponent() {
        assertThat(ComponentStates.of(runtime)).isEmpty();
    }

    @Test
    void failedActivationCarriesTheFailure() {
        ComponentDescriptionDTO description = description("dev.strata.Broken", "optional");
        ComponentConfigurationDTO configuration =
                configuration(ComponentConfigurationDTO.FAILED_ACTIVATION, Map.of("service.pid", "broken.1"));
        configuration.failure = "java.lang.IllegalStateException: no disk";
        given(description, configuration);

        ComponentState state = ComponentStates.of(runtime, bundle).get(0);

        assertThat(state.name()).isEqualTo("dev.strata.Broken [broken.1]");
        assertThat(state.failure()).contains("no disk");
        assertThat(state.holdsReadiness()).isTrue();
    }

    @Test
    void everyComponentOfAConfigurationCountsUntilTheRuntimeHasGivenItToEach() {
        ComponentDescriptionDTO core = description("dev.strata.scheduler.component.SchedulerCore", "require");
        ComponentDescriptionDTO service =
                description("dev.strata.scheduler.component.JobSchedulerComponent", "require");
        core.configurationPid = service.configurationPid = new String[] {"dev.strata.scheduler"};
        when(runtime.getComponentDescriptionDTOs(any(Bundle[].class))).thenReturn(List.of(core, service));
        when(runtime.getComponentConfigurationDTOs(core))
                .thenReturn(List.of(configuration(
                        ComponentConfigurationDTO.ACTIVE, Map.of("service.pid", "dev.strata.scheduler~jobs"))));
        when(runtime.getComponentConfigurationDTOs(service)).thenReturn(List.of());

        List<ComponentState> states =
                ComponentStates.forConfiguration(runtime, "dev.strata.scheduler", "dev.strata.scheduler~jobs");

        assertThat(states)
                .extracting(ComponentState::state)
                .containsExactly(State.ACTIVE, State.UNSATISFIED_CONFIGURATION);
        assertThat(states.get(1).waitingFor())
                .containsExactly("configuration dev.strata.scheduler~jobs (not yet given to it)");
        assertThat(states.get(1).holdsReadiness()).isTrue();
    }

    @Test
    void componentsOfOtherConfigurationsOrIgnoringConfigurationDoNotCount() {
        ComponentDescriptionDTO other = description("dev.strata.kvstore.KVStoreComponent", "require");
        ComponentDescriptionDTO ignoring = description("dev.strata.scheduler.Helper", "ignore");
        ignoring.configurationPid = new String[] {"dev.strata.scheduler"};
        when(runtime.getComponentDescriptionDTOs(any(Bundle[].class))).thenReturn(List.of(other, ignoring));

        assertThat(ComponentStates.forConfiguration(runtime, "dev.strata.scheduler", "dev.strata.scheduler~jobs"))
                .isEmpty();
    }

    @Test
    void immediateComponentStillActivatingIsChanging() {
        ComponentDescriptionDTO description = description("dev.strata.scheduler.component.SchedulerCore", "require");
        description.immediate = true;
        given(description, configuration(ComponentConfigurationDTO.SATISFIED, Map.of("provider.id", "jobs")));

        ComponentState state = ComponentStates.of(runtime, bundle).get(0);

        assertThat(state.state()).isEqualTo(State.CHANGING);
        assertThat(state.holdsReadiness()).isTrue();
    }

    @Test
    void aFailureIsShownByItsDeepestCauseNotItsStackTrace() {
        String trace = String.join(
                "\n",
                "java.lang.reflect.InvocationTargetException",
                "\tat java.base/jdk.internal.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)",
                "Caused by: java.lang.IllegalArgumentException: retention is '7 days'; use an ISO-8601 duration",
                "\tat dev.strata.scheduler.component.Durations.parse(Durations.java:40)",
                "\t... 12 more");

        assertThat(ComponentStates.rootCause(trace))
                .isEqualTo("java.lang.IllegalArgumentException: retention is '7 days'; use an ISO-8601 duration");
        assertThat(ComponentStates.rootCause("java.lang.IllegalStateException: no disk"))
                .isEqualTo("java.lang.IllegalStateException: no disk");
    }

    private void given(ComponentDescriptionDTO description, ComponentConfigurationDTO... configurations) {
        when(runtime.getComponentDescriptionDTOs(any(Bundle[].class))).thenReturn(List.of(description));
        when(runtime.isComponentEnabled(description)).thenReturn(true);
        when(runtime.getComponentConfigurationDTOs(description)).thenReturn(List.of(configurations));
    }

    private static ComponentDescriptionDTO description(String name, String policy) {
        ComponentDescriptionDTO description = new ComponentDescriptionDTO();
        description.name = name;
        description.bundle = new BundleDTO();
        description.bundle.symbolicName = "dev.strata.test";
        description.configurationPolicy = policy;
        description.configurationPid = new String[] {name};
        description.references = new ReferenceDTO[0];
        return description;
    }

    private static ComponentConfigurationDTO configuration(int state, Map<String, Object> properties) {
        ComponentConfigurationDTO configuration = new ComponentConfigurationDTO();
        configuration.state = state;
        configuration.properties = properties;
        configuration.unsatisfiedReferences = new UnsatisfiedReferenceDTO[0];
        return configuration;
    }

    private static ReferenceDTO reference(String name, String interfaceName) {
        ReferenceDTO reference = new ReferenceDTO();
        reference.name = name;
        reference.interfaceName = interfaceName;
        return reference;
    }
}
