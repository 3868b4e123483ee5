package dev.strata.kvstore;

import java.lang.reflect.Proxy;
import java.util.Map;

/** Builds a {@link KVStoreConfig} as DS does: each method answers its value, or its default. */
final class Configs {

    private Configs() {}

    /** @param values by method name, for example {@code db_path} */
    static KVStoreConfig of(Map<String, Object> values) {
        return (KVStoreConfig) Proxy.newProxyInstance(
                KVStoreConfig.class.getClassLoader(), new Class<?>[] {KVStoreConfig.class}, (proxy, method, args) -> {
                    if (values.containsKey(method.getName())) {
                        return values.get(method.getName());
                    }
                    if (method.getDefaultValue() != null) {
                        return method.getDefaultValue();
                    }
                    throw new IllegalStateException(method.getName() + " has no value and no default");
                });
    }
}
