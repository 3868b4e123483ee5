package dev.strata.files;

import java.lang.reflect.Proxy;
import java.util.Map;

/** Builds a {@link FilesConfig} as DS does: each method answers its value, or its default. */
final class Configs {

    private Configs() {}

    /** @param values by method name, for example {@code storage_dir} */
    static FilesConfig of(Map<String, Object> values) {
        return (FilesConfig) Proxy.newProxyInstance(
                FilesConfig.class.getClassLoader(), new Class<?>[] {FilesConfig.class}, (proxy, method, args) -> {
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
