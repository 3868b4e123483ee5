package dev.strata.stack.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.strata.stack.plan.ConfigurationPlan;
import dev.strata.stack.plan.PlannedConfiguration;
import dev.strata.stack.plan.RunConfigPlanner;
import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

class ConfigurationApplierTest {

    private static final String FACTORY = "dev.strata.kvstore";
    private static final String PID = FACTORY + "~kv_default.jobs";

    private final ConfigurationAdmin admin = mock(ConfigurationAdmin.class);
    private final ConfigurationApplier applier = new ConfigurationApplier(admin);

    @Test
    void createsTheFactoryConfigurationOfEachPlannedProvider() throws Exception {
        Configuration factory = configuration(FACTORY, null);
        when(admin.getFactoryConfiguration(FACTORY, "kv_default.jobs", "?")).thenReturn(factory);
        when(factory.updateIfDifferent(any())).thenReturn(true);

        assertThat(applier.apply(plan())).isEqualTo(1);

        verify(factory).updateIfDifferent(any());
    }

    @Test
    void anEmptyPlainConfigurationUnderThePidIsReplacedByAFactoryOne() throws Exception {
        // What a configuration listener leaves when it asks for the PID after the stack deleted it.
        Configuration leftover = configuration(null, null);
        Configuration factory = configuration(FACTORY, null);
        when(admin.getFactoryConfiguration(FACTORY, "kv_default.jobs", "?")).thenReturn(leftover, factory);
        when(factory.updateIfDifferent(any())).thenReturn(true);

        assertThat(applier.apply(plan())).isEqualTo(1);

        verify(leftover).delete();
        verify(leftover, never()).updateIfDifferent(any());
        verify(factory).updateIfDifferent(any());
    }

    @Test
    void aPlainConfigurationSomeoneElseMadeIsLeftAloneAndNamedInTheError() throws Exception {
        Hashtable<String, Object> foreign = new Hashtable<>(Map.of("namespace", "mine"));
        Configuration plain = configuration(null, foreign);
        when(admin.getFactoryConfiguration(FACTORY, "kv_default.jobs", "?")).thenReturn(plain);

        assertThatThrownBy(() -> applier.apply(plan()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("The PID " + PID + " is taken")
                .hasMessageContaining("config:delete " + PID);

        verify(plain, never()).delete();
        verify(plain, never()).updateIfDifferent(any());
    }

    @Test
    void aProviderNoLongerPlannedLosesItsConfiguration() throws Exception {
        Hashtable<String, Object> own =
                new Hashtable<>(Map.of(RunConfigPlanner.SOURCE_PROPERTY, RunConfigPlanner.SOURCE, "namespace", "jobs"));
        Configuration stale = configuration(FACTORY, own);
        when(admin.listConfigurations(any())).thenReturn(new Configuration[] {stale});

        assertThat(applier.apply(new ConfigurationPlan(List.of(), List.of()))).isEqualTo(1);

        verify(stale).delete();
    }

    private static ConfigurationPlan plan() {
        PlannedConfiguration kvStore = new PlannedConfiguration(
                FACTORY,
                "kv_default.jobs",
                Map.of(RunConfigPlanner.SOURCE_PROPERTY, RunConfigPlanner.SOURCE, "namespace", "jobs"),
                "kvstore",
                List.of(),
                3,
                "storage.backends.kv_default");
        return new ConfigurationPlan(List.of(kvStore), List.of());
    }

    private static Configuration configuration(String factoryPid, Dictionary<String, Object> properties) {
        Configuration configuration = mock(Configuration.class);
        when(configuration.getPid()).thenReturn(PID);
        when(configuration.getFactoryPid()).thenReturn(factoryPid);
        when(configuration.getProperties()).thenReturn(properties);
        return configuration;
    }
}
