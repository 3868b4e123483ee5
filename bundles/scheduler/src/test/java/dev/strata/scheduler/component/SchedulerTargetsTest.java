package dev.strata.scheduler.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Hashtable;
import org.junit.jupiter.api.Test;

class SchedulerTargetsTest {

    private final SchedulerTargets plugin = new SchedulerTargets();

    private static Hashtable<String, Object> configuration(String factoryPid, String pid) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("service.factoryPid", factoryPid);
        properties.put("service.pid", pid);
        properties.put("provider.id", "scheduler");
        return properties;
    }

    @Test
    void aSchedulerConfigurationGetsItsReadyAndCoreTargets() {
        Hashtable<String, Object> properties = configuration("dev.strata.scheduler", "dev.strata.scheduler~scheduler");

        plugin.modifyConfiguration(null, properties);

        assertThat(properties)
                .containsEntry("ready.target", "(osgi.condition.id=dev.strata.scheduler~scheduler.ready)")
                .containsEntry("core.target", "(service.pid=dev.strata.scheduler~scheduler)");
    }

    @Test
    void targetsTheConfigurationSetsItselfAreKept() {
        Hashtable<String, Object> properties = configuration("dev.strata.scheduler", "dev.strata.scheduler~x");
        properties.put("ready.target", "(osgi.condition.id=true)");

        plugin.modifyConfiguration(null, properties);

        assertThat(properties).containsEntry("ready.target", "(osgi.condition.id=true)");
    }

    @Test
    void otherConfigurationsAreLeftAlone() {
        Hashtable<String, Object> properties = configuration("dev.strata.kvstore", "dev.strata.kvstore~kv");

        plugin.modifyConfiguration(null, properties);

        assertThat(properties).doesNotContainKeys("ready.target", "core.target");
    }
}
