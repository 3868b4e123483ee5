package dev.strata.inference;

import java.lang.reflect.Proxy;
import java.util.Map;

/** Builds a component property type as DS does: each method answers its value, or its default. */
final class Configs {

    private Configs() {}

    /** @param values by method name, for example {@code base_url} */
    static <T> T of(Class<T> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (values.containsKey(method.getName())) {
                return values.get(method.getName());
            }
            if (method.getDefaultValue() != null) {
                return method.getDefaultValue();
            }
            throw new IllegalStateException(method.getName() + " has no value and no default");
        }));
    }
}
