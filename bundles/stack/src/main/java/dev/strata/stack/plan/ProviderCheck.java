package dev.strata.stack.plan;

import dev.strata.api.stack.SettingException;
import dev.strata.api.stack.SettingsCheck;
import dev.strata.stack.runconfig.RunConfigException.Fault;
import java.util.List;

/**
 * Runs the {@link SettingsCheck}s a provider bundle registers for a planned configuration, and
 * turns what they refuse into faults of the run config. A check runs the component's own
 * activation code, so a value it refuses is one the component could not start with.
 */
final class ProviderCheck {

    private ProviderCheck() {}

    /** Adds a fault per check that refuses the configuration. */
    static void run(PlannedConfiguration planned, List<SettingsCheck> checks, List<Fault> faults) {
        for (SettingsCheck check : checks) {
            Fault fault = fault(planned, check);
            if (fault != null) {
                faults.add(fault);
            }
        }
    }

    private static Fault fault(PlannedConfiguration planned, SettingsCheck check) {
        try {
            check.check(planned.properties());
            return null;
        } catch (SettingException e) {
            return new Fault(
                    planned.lineOf(e.property()),
                    planned.origin() + "." + SchemaCheck.runConfigName(e.property()),
                    e.problem());
        } catch (IllegalArgumentException e) {
            return new Fault(planned.line(), planned.origin(), e.getMessage());
        } catch (RuntimeException e) {
            return new Fault(planned.line(), planned.origin(), "its provider could not check it: " + e);
        }
    }
}
