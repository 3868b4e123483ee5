package dev.strata.inference;

import dev.strata.api.stack.ComponentPropertyTypes;
import dev.strata.api.stack.SettingsCheck;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Checks a planned remote provider configuration with the code its activation runs ({@link
 * OpenAiInferenceComponent#settings}), environment included, so that the stack refuses a run
 * config with, say, {@code timeout: 1 minute} instead of applying it and leaving the provider
 * unable to start. Whether the endpoint answers is not checked: a provider starts without it.
 */
@Component(property = SettingsCheck.FACTORY_PID + "=" + OpenAiInferenceComponent.PID)
public class OpenAiSettingsCheck implements SettingsCheck {

    @Override
    public void check(Map<String, Object> properties) {
        OpenAiInferenceComponent.settings(ComponentPropertyTypes.of(OpenAiConfig.class, properties), System::getenv);
    }
}
