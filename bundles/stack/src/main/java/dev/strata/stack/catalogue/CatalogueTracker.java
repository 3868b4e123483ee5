package dev.strata.stack.catalogue;

import dev.strata.api.stack.ServesProviderType;
import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the provider types that resolved bundles declare in the {@value
 * ServesProviderType#NAMESPACE} namespace, and tells a listener whenever a bundle that
 * declares some comes or goes. The listener runs on the framework's event thread, before the
 * tracker counts the bundle in: it must not block, and should take its {@link #snapshot()} on
 * a thread of its own.
 */
public final class CatalogueTracker {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueTracker.class);
    private static final int STATES = Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING;

    private final BundleTracker<List<ProviderDescriptor>> tracker;
    private final Runnable listener;

    public CatalogueTracker(BundleContext context, Runnable listener) {
        this.listener = listener;
        this.tracker = new BundleTracker<>(context, STATES, new Customizer());
    }

    public void open() {
        tracker.open();
    }

    public void close() {
        tracker.close();
    }

    /** The catalogue of the bundles tracked now. */
    public ProviderCatalogue snapshot() {
        List<ProviderDescriptor> all = new ArrayList<>();
        tracker.getTracked().values().forEach(all::addAll);
        return ProviderCatalogue.of(all);
    }

    /** The bundle that declares a provider type, if one is tracked now. */
    public java.util.Optional<Bundle> bundleOf(ProviderDescriptor descriptor) {
        return tracker.getTracked().entrySet().stream()
                .filter(entry -> entry.getValue().contains(descriptor))
                .map(java.util.Map.Entry::getKey)
                .findFirst();
    }

    private static List<ProviderDescriptor> declared(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        List<ProviderDescriptor> descriptors = new ArrayList<>();
        if (revision == null) {
            return descriptors;
        }
        for (BundleCapability capability : revision.getDeclaredCapabilities(ServesProviderType.NAMESPACE)) {
            try {
                descriptors.add(
                        ProviderDescriptor.fromCapability(capability.getAttributes(), bundle.getSymbolicName()));
            } catch (IllegalArgumentException e) {
                LOG.error("Ignoring a provider type of bundle {}: {}", bundle.getSymbolicName(), e.getMessage());
            }
        }
        return descriptors;
    }

    private final class Customizer implements org.osgi.util.tracker.BundleTrackerCustomizer<List<ProviderDescriptor>> {

        @Override
        public List<ProviderDescriptor> addingBundle(Bundle bundle, BundleEvent event) {
            List<ProviderDescriptor> descriptors = declared(bundle);
            if (descriptors.isEmpty()) {
                return null; // not tracked: declares no provider type
            }
            LOG.debug("Bundle {} serves provider types {}", bundle.getSymbolicName(), descriptors);
            listener.run();
            return descriptors;
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, List<ProviderDescriptor> descriptors) {}

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, List<ProviderDescriptor> descriptors) {
            listener.run();
        }
    }
}
