package dev.strata.scheduler.component;

import dev.strata.api.stack.ComponentPropertyTypes;
import dev.strata.api.stack.SettingsCheck;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Checks a planned scheduler configuration with the code its activation runs ({@link
 * EngineSettings}), so that the stack refuses a run config with, say, {@code retention: 7 days}
 * instead of applying it and leaving the scheduler unable to start.
 */
@Component(property = SettingsCheck.FACTORY_PID + "=" + SchedulerCore.PID)
public class SchedulerSettingsCheck implements SettingsCheck {

    @Override
    public void check(Map<String, Object> properties) {
        EngineSettings.of(ComponentPropertyTypes.of(SchedulerConfig.class, properties));
    }
}
