package dev.strata.scheduler.component;

import org.osgi.annotation.bundle.Header;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationPlugin;

/**
 * Registers {@link SchedulerTargets} when the bundle starts. A bundle activator, not a
 * component, because it must be in place before Felix SCR reads this bundle's configurations,
 * which it does only once the bundle is active, after the activator ran; a component could come
 * too late, and the scheduler would then wait on the never-met default condition.
 */
@Header(name = Constants.BUNDLE_ACTIVATOR, value = "${@class}")
public final class TargetsActivator implements BundleActivator {

    private ServiceRegistration<ConfigurationPlugin> registration;

    @Override
    public void start(BundleContext context) {
        // no cm.target: the plugin picks scheduler configurations by factory PID itself
        registration = context.registerService(ConfigurationPlugin.class, new SchedulerTargets(), null);
    }

    @Override
    public void stop(BundleContext context) {
        registration.unregister();
    }
}
