package dev.strata.console.kv;

import dev.strata.api.common.ProviderProperties;
import dev.strata.api.kvstore.KVStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The KV stores in the service registry, and running a command against the chosen one. */
final class KVStores {

    private KVStores() {}

    /**
     * A registered store: what its properties say, its service, and whether it started (DS keeps
     * the service of a component whose activation failed registered, answering with nothing).
     */
    record Running(StoreInfo info, ServiceReference<KVStore> reference, boolean started) {}

    /** Returns the registered stores, sorted by provider id. */
    static List<Running> all(BundleContext context) {
        List<Running> running = new ArrayList<>();
        try {
            for (ServiceReference<KVStore> reference : context.getServiceReferences(KVStore.class, null)) {
                running.add(new Running(StoreInfo.of(properties(reference)), reference, started(context, reference)));
            }
        } catch (InvalidSyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
        running.sort(Comparator.comparing(store -> store.info().providerId()));
        return running;
    }

    /**
     * Runs {@code work} on the store that {@code requested} names, or on the only one.
     *
     * @throws IllegalArgumentException when {@link StoreChoice} cannot choose
     */
    static <T> T with(BundleContext context, String requested, BiFunction<StoreInfo, KVStore, T> work) {
        List<Running> running = all(context);
        String chosen = StoreChoice.choose(
                running.stream().map(store -> store.info().providerId()).toList(), requested);
        Running store = running.stream()
                .filter(r -> r.info().providerId().equals(chosen))
                .findFirst()
                .orElseThrow();
        KVStore service = context.getService(store.reference());
        if (service == null) {
            throw new IllegalStateException("KV store '" + chosen + "' failed to start; see stack:status and the"
                    + " log for why, then fix its configuration");
        }
        try {
            return work.apply(store.info(), service);
        } finally {
            context.ungetService(store.reference());
        }
    }

    private static boolean started(BundleContext context, ServiceReference<KVStore> reference) {
        boolean started = context.getService(reference) != null;
        if (started) {
            context.ungetService(reference);
        }
        return started;
    }

    private static Map<String, Object> properties(ServiceReference<?> reference) {
        Map<String, Object> properties = new HashMap<>();
        for (String key : reference.getPropertyKeys()) {
            properties.put(key, reference.getProperty(key));
        }
        properties.putIfAbsent(ProviderProperties.PROVIDER_ID, "service " + reference.getProperty("service.id"));
        return properties;
    }
}
