package dev.strata.stack.catalogue;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The provider types known at one moment: an immutable snapshot, safe to share between threads.
 * When two bundles declare one type, the first one given wins and the other is reported as a
 * conflict.
 */
public final class ProviderCatalogue {

    private final Map<String, ProviderDescriptor> byType;
    private final List<String> conflicts;

    private ProviderCatalogue(Map<String, ProviderDescriptor> byType, List<String> conflicts) {
        this.byType = byType;
        this.conflicts = conflicts;
    }

    /** A catalogue of the given descriptors. */
    public static ProviderCatalogue of(Collection<ProviderDescriptor> descriptors) {
        Map<String, ProviderDescriptor> byType = new TreeMap<>();
        List<String> conflicts = new java.util.ArrayList<>();
        for (ProviderDescriptor descriptor : descriptors) {
            ProviderDescriptor first = byType.putIfAbsent(descriptor.type(), descriptor);
            if (first != null) {
                conflicts.add("provider type " + descriptor.type() + " is declared by both " + first.bundle() + " and "
                        + descriptor.bundle() + "; the first is used, uninstall the other");
            }
        }
        return new ProviderCatalogue(java.util.Collections.unmodifiableMap(byType), List.copyOf(conflicts));
    }

    /** The descriptor of a provider type, if a bundle declares it. */
    public Optional<ProviderDescriptor> find(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    /** Every descriptor, sorted by type. */
    public List<ProviderDescriptor> all() {
        return List.copyOf(byType.values());
    }

    /** The provider types of one API, sorted, e.g. for "known types are ..." messages. */
    public List<String> typesOf(String api) {
        return byType.values().stream()
                .filter(descriptor -> descriptor.api().equals(api))
                .map(ProviderDescriptor::type)
                .toList();
    }

    /** The APIs some bundle serves, sorted. */
    public List<String> apis() {
        return byType.values().stream()
                .map(ProviderDescriptor::api)
                .distinct()
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.toList());
    }

    /** Types declared twice, each as a message for the operator. */
    public List<String> conflicts() {
        return conflicts;
    }
}
