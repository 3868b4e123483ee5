package dev.strata.files;

import dev.strata.api.stack.ComponentPropertyTypes;
import dev.strata.api.stack.SettingsCheck;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Checks a planned files provider configuration with the code its activation runs ({@link
 * FilesComponent#settings}), so that the stack refuses, say, a blank {@code storage_dir} instead
 * of applying it.
 */
@Component(property = SettingsCheck.FACTORY_PID + "=" + FilesComponent.PID)
public class FilesSettingsCheck implements SettingsCheck {

    @Override
    public void check(Map<String, Object> properties) {
        FilesComponent.settings(ComponentPropertyTypes.of(FilesConfig.class, properties));
    }
}
