package dev.strata.stack.status;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.karaf.features.BootFinished;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts, once Karaf has installed its boot features, every bundle that could not resolve before
 * them but should run: one marked to start, or one installed from {@code deploy/}.
 *
 * <p>A jar in {@code deploy/} at the first start is installed while the boot features are still
 * being installed, and the boot restarts the deploy folder's watcher in the middle of that: when
 * the jar imports Strata's API, its start fails for want of a package that arrives a moment
 * later, and the watcher does not always try again. This is where such a bundle gets its second
 * try; one that still cannot resolve is named in the log with what it misses.
 */
@Component(immediate = true)
public class BootStarts {

    private static final Logger LOG = LoggerFactory.getLogger(BootStarts.class);

    private final BundleContext context;

    @Activate
    public BootStarts(BundleContext context) {
        this.context = context;
    }

    /**
     * Optional: a mandatory reference would make the bundle require a service capability that
     * Karaf's features bundle does not declare, and feature verification would refuse the bundle.
     * Karaf registers the service once, at the end of its boot.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindBootFinished(BootFinished booted) {
        String base = Objects.requireNonNullElse(context.getProperty("karaf.base"), ".");
        // As the watcher names what it installs: java.io.File's form of URI, "file:/...".
        String deploy =
                Path.of(base, "deploy").toAbsolutePath().toFile().toURI().toString();
        String folder = deploy.endsWith("/") ? deploy : deploy + "/";
        Thread starter = new Thread(() -> startWaiting(context.getBundles(), folder), "strata-boot-starts");
        starter.setDaemon(true);
        starter.start();
    }

    void unbindBootFinished(BootFinished booted) {
        // Nothing to undo: the service goes only when the framework stops.
    }

    /**
     * Starts the bundles among {@code bundles} that wait to start, {@code deployFolder} being the
     * {@code file:} URI of the deploy folder; returns those it started.
     */
    static List<Bundle> startWaiting(Bundle[] bundles, String deployFolder) {
        List<Bundle> started = new ArrayList<>();
        for (Bundle bundle : bundles) {
            if (!waitsToStart(bundle, deployFolder)) {
                continue;
            }
            try {
                bundle.start();
                started.add(bundle);
                LOG.info(
                        "Started bundle {} ({}), which could not resolve before the boot features were installed",
                        bundle.getSymbolicName(),
                        bundle.getLocation());
            } catch (BundleException | IllegalStateException e) {
                LOG.warn(
                        "Bundle {} ({}) cannot start: {}",
                        bundle.getSymbolicName(),
                        bundle.getLocation(),
                        e.getMessage());
            }
        }
        return started;
    }

    /** Installed but not resolved, not a fragment, and marked to start or deployed from the folder. */
    private static boolean waitsToStart(Bundle bundle, String deployFolder) {
        if (bundle.getState() != Bundle.INSTALLED || bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null) {
            return false;
        }
        if (bundle.getLocation().startsWith(deployFolder)) {
            return true;
        }
        BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
        return level != null && level.isPersistentlyStarted();
    }
}
