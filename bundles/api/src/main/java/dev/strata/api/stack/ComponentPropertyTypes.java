package dev.strata.api.stack;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads configuration properties through a component property type, as Declarative Services
 * does for an activation parameter (DS 1.5, section 112.8.2): a method {@code max_attempts()}
 * reads the property {@code max.attempts}, and answers its default when the property is absent.
 * A {@link SettingsCheck} uses it to hand the stack's planned properties to the same code the
 * component runs at activation.
 */
public final class ComponentPropertyTypes {

    private ComponentPropertyTypes() {}

    /**
     * @param type an annotation or interface whose methods take no parameters
     * @param properties the configuration properties; read on each call, not copied
     * @return an instance of {@code type} answering from {@code properties}; its {@code
     *     toString} names the properties but never shows their values, which may be secrets
     * @throws SettingException from a method, when its property cannot be coerced to the
     *     method's type
     */
    public static <T> T of(Class<T> type, Map<String, ?> properties) {
        Object instance = Proxy.newProxyInstance(
                type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> type;
                    case "toString" -> type.getSimpleName() + properties.keySet();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> value(method, properties);
                });
        return type.cast(instance);
    }

    /** The property name of a method, by the rules of DS 1.5, section 112.8.2.1. */
    static String propertyName(String method) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < method.length(); i++) {
            char c = method.charAt(i);
            if (method.startsWith("$_$", i)) {
                name.append('-');
                i += 2;
            } else if (method.startsWith("$$", i) || method.startsWith("__", i)) {
                name.append(c);
                i++;
            } else if (c == '_') {
                name.append('.');
            } else if (c != '$') {
                name.append(c);
            }
        }
        return name.toString();
    }

    private static Object value(Method method, Map<String, ?> properties) {
        Object value = properties.get(propertyName(method.getName()));
        if (value == null) {
            return method.getDefaultValue() != null ? method.getDefaultValue() : empty(method.getReturnType());
        }
        Class<?> target = method.getReturnType();
        if (!target.isArray()) {
            List<?> values = values(value);
            return values.isEmpty() ? empty(target) : coerce(method, values.get(0), target);
        }
        List<?> values = values(value);
        Object array = Array.newInstance(target.getComponentType(), values.size());
        for (int i = 0; i < values.size(); i++) {
            Array.set(array, i, coerce(method, values.get(i), target.getComponentType()));
        }
        return array;
    }

    private static List<?> values(Object value) {
        if (value instanceof Collection<?> collection) {
            return List.copyOf(collection);
        }
        if (value.getClass().isArray()) {
            Object[] items = new Object[Array.getLength(value)];
            for (int i = 0; i < items.length; i++) {
                items[i] = Array.get(value, i);
            }
            return List.of(items);
        }
        return List.of(value);
    }

    private static Object coerce(Method method, Object value, Class<?> target) {
        try {
            return scalar(value, target);
        } catch (IllegalArgumentException e) {
            throw new SettingException(propertyName(method.getName()), "is '" + value + "'; give " + expected(target));
        }
    }

    private static String expected(Class<?> target) {
        if (target == int.class || target == Integer.class || target == long.class || target == Long.class) {
            return "a whole number";
        }
        if (target.isEnum()) {
            return "one of " + java.util.Arrays.toString(target.getEnumConstants());
        }
        return "a number";
    }

    private static Object scalar(Object value, Class<?> target) {
        String text = String.valueOf(value).trim();
        if (target == String.class) {
            return String.valueOf(value);
        }
        if (target == boolean.class || target == Boolean.class) {
            return value instanceof Boolean flag ? flag : Boolean.valueOf(text);
        }
        if (target == int.class || target == Integer.class) {
            return value instanceof Number number ? number.intValue() : Integer.valueOf(text);
        }
        if (target == long.class || target == Long.class) {
            return value instanceof Number number ? number.longValue() : Long.valueOf(text);
        }
        if (target == double.class || target == Double.class) {
            return value instanceof Number number ? number.doubleValue() : Double.valueOf(text);
        }
        if (target == float.class || target == Float.class) {
            return value instanceof Number number ? number.floatValue() : Float.valueOf(text);
        }
        if (target.isEnum()) {
            return enumValue(target, text);
        }
        throw new IllegalArgumentException("no coercion to " + target);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> target, String text) {
        return Enum.valueOf((Class) target, text);
    }

    private static Object empty(Class<?> type) {
        if (type.isArray()) {
            return Array.newInstance(type.getComponentType(), 0);
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        if (type == float.class) {
            return 0.0f;
        }
        return null;
    }
}
