package dev.strata.vectorio;

import dev.strata.api.stack.ComponentPropertyTypes;
import dev.strata.api.stack.SettingsCheck;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Checks a planned Lucene provider configuration with the code its activation runs ({@link
 * LuceneVectorIOComponent#settings}), so that the stack refuses a value the component would
 * refuse instead of applying it.
 */
@Component(property = SettingsCheck.FACTORY_PID + "=" + LuceneVectorIOComponent.PID)
public class LuceneSettingsCheck implements SettingsCheck {

    @Override
    public void check(Map<String, Object> properties) {
        LuceneVectorIOComponent.settings(ComponentPropertyTypes.of(LuceneConfig.class, properties));
    }
}
