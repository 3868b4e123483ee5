package dev.strata.inference;

import dev.strata.api.stack.ComponentPropertyTypes;
import dev.strata.api.stack.SettingsCheck;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Checks a planned local model configuration with the code its activation runs ({@link
 * OnnxInferenceComponent#settings}), so that the stack refuses a run config with, say, a blank
 * {@code model_id} instead of applying it. The model itself is loaded only at activation.
 */
@Component(property = SettingsCheck.FACTORY_PID + "=" + OnnxInferenceComponent.PID)
public class OnnxSettingsCheck implements SettingsCheck {

    @Override
    public void check(Map<String, Object> properties) {
        OnnxInferenceComponent.settings(ComponentPropertyTypes.of(OnnxConfig.class, properties));
    }
}
