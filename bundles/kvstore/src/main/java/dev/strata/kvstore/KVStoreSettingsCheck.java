package dev.strata.kvstore;

import dev.strata.api.stack.ComponentPropertyTypes;
import dev.strata.api.stack.SettingsCheck;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Checks a planned KV store configuration with the code its activation runs ({@link
 * KVStoreComponent#settings}), so that the stack refuses a backend with, say, {@code pool_size:
 * 500} or {@code kv_postgres} without {@code url} instead of applying it. Whether the database
 * can be reached is not checked: that is known only when the store opens it.
 */
@Component(property = SettingsCheck.FACTORY_PID + "=" + KVStoreComponent.PID)
public class KVStoreSettingsCheck implements SettingsCheck {

    @Override
    public void check(Map<String, Object> properties) {
        KVStoreComponent.settings(ComponentPropertyTypes.of(KVStoreConfig.class, properties));
    }
}
