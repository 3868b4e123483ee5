package dev.strata.stack.status;

import dev.strata.api.stack.BundleState;
import dev.strata.api.stack.ComponentState;
import dev.strata.api.stack.RunConfigReport;
import dev.strata.api.stack.RunConfigStatus;
import dev.strata.api.stack.StackReport;
import dev.strata.api.stack.StackStatus;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.karaf.features.BootFinished;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/** Builds {@link StackReport}s from the framework's bundles and the Service Component Runtime. */
@Component(service = StackStatus.class)
public class StackStatusService implements StackStatus {

    /** Bundles whose symbolic name starts with this are Strata's own. */
    static final String STRATA_BUNDLE_PREFIX = "dev.strata.";

    private final BundleContext context;
    private final ServiceComponentRuntime runtime;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile BootFinished bootFinished;

    private final RunConfigStatus runConfig;

    @Activate
    public StackStatusService(
            BundleContext context, @Reference ServiceComponentRuntime runtime, @Reference RunConfigStatus runConfig) {
        this.context = context;
        this.runtime = runtime;
        this.runConfig = runConfig;
    }

    @Override
    public StackReport report() {
        Bundle[] strataBundles = Arrays.stream(context.getBundles())
                .filter(StackStatusService::isStrataBundle)
                .toArray(Bundle[]::new);

        List<BundleState> bundles = Arrays.stream(strataBundles)
                .map(StackStatusService::bundleState)
                .toList();
        List<ComponentState> components = ComponentStates.of(runtime, strataBundles).stream()
                .sorted(Comparator.comparing(ComponentState::bundle).thenComparing(ComponentState::name))
                .toList();

        boolean booted = bootFinished != null;
        boolean bundlesUp = Arrays.stream(strataBundles).allMatch(StackStatusService::isUp);
        boolean componentsUp = components.stream().noneMatch(ComponentState::holdsReadiness);
        return new StackReport(booted && bundlesUp && componentsUp && providersUp(), booted, bundles, components);
    }

    /**
     * Whether the run config has been read and every provider in effect is active: until then
     * its providers' components may not exist yet, so the components alone cannot tell.
     */
    private boolean providersUp() {
        RunConfigReport report = runConfig.report();
        return report.checkedAt() != null
                && report.providers().stream()
                        .allMatch(provider -> provider.state().equals("active"));
    }

    private static boolean isStrataBundle(Bundle bundle) {
        String name = bundle.getSymbolicName();
        return name != null && name.startsWith(STRATA_BUNDLE_PREFIX);
    }

    /** A fragment never becomes active: resolved is as far as it goes. */
    private static boolean isUp(Bundle bundle) {
        boolean fragment = bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
        return bundle.getState() == Bundle.ACTIVE || (fragment && bundle.getState() == Bundle.RESOLVED);
    }

    private static BundleState bundleState(Bundle bundle) {
        return new BundleState(
                bundle.getBundleId(),
                bundle.getSymbolicName(),
                bundle.getVersion().toString(),
                stateName(bundle.getState()));
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "installed";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            case Bundle.ACTIVE -> "active";
            default -> "uninstalled";
        };
    }
}
