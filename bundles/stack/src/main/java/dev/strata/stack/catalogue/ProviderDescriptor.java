package dev.strata.stack.catalogue;

import dev.strata.api.stack.ServesProviderType;
import java.util.List;
import java.util.Map;

/**
 * What a bundle declares about one provider type it serves (see {@link ServesProviderType}).
 *
 * @param type the provider type, e.g. {@code inline::scheduler}
 * @param api the API it serves, e.g. {@code job_scheduler}
 * @param factoryPid the factory PID that creates its instances
 * @param requires the APIs it cannot run without
 * @param optional the APIs it uses when present
 * @param executes the job types whose executors it registers
 * @param bundle the symbolic name of the declaring bundle, for messages
 */
public record ProviderDescriptor(
        String type,
        String api,
        String factoryPid,
        List<String> requires,
        List<String> optional,
        List<String> executes,
        String bundle) {

    /** Copies the lists. */
    public ProviderDescriptor {
        requires = List.copyOf(requires);
        optional = List.copyOf(optional);
        executes = List.copyOf(executes);
    }

    /**
     * Reads a descriptor from the attributes of a capability in the {@value
     * ServesProviderType#NAMESPACE} namespace.
     *
     * @throws IllegalArgumentException if a mandatory attribute is missing; the message names
     *     the bundle and the attribute
     */
    static ProviderDescriptor fromCapability(Map<String, Object> attributes, String bundle) {
        return new ProviderDescriptor(
                text(attributes, ServesProviderType.TYPE_ATTRIBUTE, bundle),
                text(attributes, ServesProviderType.API_ATTRIBUTE, bundle),
                text(attributes, ServesProviderType.FACTORY_PID_ATTRIBUTE, bundle),
                texts(attributes.get(ServesProviderType.REQUIRES_ATTRIBUTE)),
                texts(attributes.get(ServesProviderType.OPTIONAL_ATTRIBUTE)),
                texts(attributes.get(ServesProviderType.EXECUTES_ATTRIBUTE)),
                bundle);
    }

    private static String text(Map<String, Object> attributes, String name, String bundle) {
        Object value = attributes.get(name);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new IllegalArgumentException("Bundle " + bundle + " declares a " + ServesProviderType.NAMESPACE
                    + " capability without the attribute " + name + "; rebuild it with @ServesProviderType");
        }
        return text;
    }

    private static List<String> texts(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (value instanceof String text && !text.isBlank()) {
            return List.of(text.split("\\s*,\\s*"));
        }
        return List.of();
    }
}
