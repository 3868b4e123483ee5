package dev.strata.scheduler.component;

import java.util.Dictionary;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationPlugin;

/**
 * Adds to each scheduler configuration the two target filters that tie its components together,
 * so that run.yaml (and whoever writes the configuration by hand) need not know them (target
 * properties, DS 1.5, section 112.6): the public component's reference to its scheduler's ready
 * Condition, {@value #READY_TARGET}, and to its engine, {@value #CORE_TARGET}. Both are derived
 * from the configuration's {@code service.pid}, unique per configuration; a value the
 * configuration sets itself is kept.
 *
 * <p>Why not {@code osgi.ds.satisfying.condition.target} (DS 1.5, section 112.3.13): every
 * component of the configuration has a satisfying condition, and a configuration property sets
 * the target of all of them, so the phase-1 component would wait for the Condition it registers
 * itself. A plain mandatory reference to the Condition gates the public component alone, with
 * the same effect.
 *
 * <p>A Configuration Plugin (CM 1.6, section 104.9) changes only what is delivered, never the
 * stored configuration, so the stack, which compares stored properties with run.yaml, sees no
 * difference. Felix SCR asks for the processed properties, so it sees the targets.
 */
final class SchedulerTargets implements ConfigurationPlugin {

    /** The target property of the public component's reference to the ready Condition: {@value}. */
    static final String READY_TARGET = "ready.target";

    /** The target property of the public component's reference to the engine: {@value}. */
    static final String CORE_TARGET = "core.target";

    /** The condition id of a scheduler: its configuration's PID and this suffix: {@value}. */
    static final String CONDITION_SUFFIX = ".ready";

    /** The {@code osgi.condition.id} the scheduler of configuration {@code pid} registers. */
    static String conditionId(String pid) {
        return pid + CONDITION_SUFFIX;
    }

    @Override
    public void modifyConfiguration(ServiceReference<?> reference, Dictionary<String, Object> properties) {
        Object factoryPid = properties.get(ConfigurationAdmin.SERVICE_FACTORYPID);
        Object pid = properties.get(Constants.SERVICE_PID);
        if (!SchedulerCore.PID.equals(factoryPid) || !(pid instanceof String configurationPid)) {
            return;
        }
        if (properties.get(READY_TARGET) == null) {
            properties.put(READY_TARGET, "(osgi.condition.id=" + conditionId(configurationPid) + ")");
        }
        if (properties.get(CORE_TARGET) == null) {
            properties.put(CORE_TARGET, "(" + Constants.SERVICE_PID + "=" + configurationPid + ")");
        }
    }
}
