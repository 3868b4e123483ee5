package dev.strata.api.stack;

import java.util.Map;
import org.osgi.util.converter.Converters;

/**
 * Reads configuration properties through a component property type, as Declarative Services
 * does for an activation parameter (DS 1.5, section 112.8.2): a method {@code max_attempts()}
 * reads the property {@code max.attempts}, and answers its default when the property is absent.
 * A {@link SettingsCheck} uses it to hand the stack's planned properties to the same code the
 * component runs at activation. The OSGi Converter does the reading (Converter 1.0, section
 * 707.4.4.4, which maps names as DS does).
 */
public final class ComponentPropertyTypes {

    private ComponentPropertyTypes() {}

    /**
     * @param type an annotation or interface whose methods take no parameters
     * @param properties the configuration properties
     * @return an instance of {@code type} answering from {@code properties}; a method whose
     *     value cannot be converted to its type, or whose property is absent and which has no
     *     default (where DS would answer {@code null}), throws {@link
     *     org.osgi.util.converter.ConversionException} when called. The stack runs a {@link
     *     SettingsCheck} only once Metatype found every required setting present and of its kind.
     */
    public static <T> T of(Class<T> type, Map<String, ?> properties) {
        return Converters.standardConverter().convert(properties).to(type);
    }
}
