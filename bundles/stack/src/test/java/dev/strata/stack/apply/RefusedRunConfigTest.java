package dev.strata.stack.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import dev.strata.api.stack.SettingException;
import dev.strata.api.stack.SettingsCheck;
import dev.strata.stack.catalogue.ProviderCatalogue;
import dev.strata.stack.catalogue.ProviderDescriptor;
import dev.strata.stack.plan.RunConfigPlanner;
import dev.strata.stack.runconfig.RunConfigException;
import dev.strata.stack.runconfig.RunConfigReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** The manager's order of work: a file a provider's check refuses never reaches Configuration Admin. */
class RefusedRunConfigTest {

    private static final String SCHEDULER_PID = "dev.strata.scheduler";

    private static final String RUN_CONFIG = """
            providers:
              job_scheduler:
                - provider_id: scheduler
                  provider_type: inline::scheduler
                  config:
                    retention: 7d
            """;

    private static final SettingsCheck RETENTION = properties -> {
        if (!"7d".equals(properties.get("retention"))) {
            throw new SettingException(
                    "retention", "is '" + properties.get("retention") + "'; give a duration such as 7d");
        }
    };

    private final ConfigurationAdmin admin = mock(ConfigurationAdmin.class);
    private final ConfigurationApplier applier = new ConfigurationApplier(admin);
    private final RunConfigPlanner planner = new RunConfigPlanner(
            ProviderCatalogue.of(List.of(new ProviderDescriptor(
                    "inline::scheduler", "job_scheduler", SCHEDULER_PID, List.of(), List.of(), List.of(), "b"))),
            descriptor -> Optional.empty(),
            factoryPid -> factoryPid.equals(SCHEDULER_PID) ? List.of(RETENTION) : List.of());
    private final RunConfigReader reader = new RunConfigReader(name -> null);

    @Test
    void aFileTheProviderRefusesChangesNoConfiguration() throws Exception {
        Configuration running = mock(Configuration.class);
        when(running.getPid()).thenReturn(SCHEDULER_PID + "~scheduler");
        when(running.getFactoryPid()).thenReturn(SCHEDULER_PID);
        when(admin.getFactoryConfiguration(SCHEDULER_PID, "scheduler", "?")).thenReturn(running);
        when(running.updateIfDifferent(any())).thenReturn(true);
        assertThat(applier.apply(planner.plan("run.yaml", reader.read("run.yaml", RUN_CONFIG))))
                .isEqualTo(1);
        clearInvocations(admin, running);

        assertThatThrownBy(() -> applier.apply(
                        planner.plan("run.yaml", reader.read("run.yaml", RUN_CONFIG.replace("7d", "7 days")))))
                .isInstanceOf(RunConfigException.class)
                .hasMessageContaining("providers.job_scheduler[0].config.retention: is '7 days'");

        verifyNoInteractions(admin, running);
    }
}
