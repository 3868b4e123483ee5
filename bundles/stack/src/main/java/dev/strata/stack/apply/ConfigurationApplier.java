package dev.strata.stack.apply;

import dev.strata.stack.plan.ConfigurationPlan;
import dev.strata.stack.plan.PlannedConfiguration;
import dev.strata.stack.plan.RunConfigPlanner;
import java.io.IOException;
import java.util.Dictionary;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.Set;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes Configuration Admin hold exactly the factory configurations of a plan: creates the
 * missing ones, updates the changed ones and deletes the ones the stack made earlier that the
 * plan no longer has. Configurations that the stack did not make are never touched: only those
 * carrying {@link RunConfigPlanner#SOURCE_PROPERTY} are its own.
 *
 * <p>Configurations are named factory configurations ({@code factoryPid~name}, Configuration
 * Admin 1.6, section 104.4.1), so the same provider id always maps to the same PID and an
 * unchanged provider is left alone ({@code updateIfDifferent}), which keeps its component
 * running across edits of other providers.
 *
 * <p>A PID can be taken by a configuration that is not a factory one: a configuration listener
 * (Karaf's own writes configurations back to {@code etc}) that handles an update event after the
 * stack deleted that configuration asks Configuration Admin for the PID, which makes an empty
 * plain configuration under it. Given back for the named factory configuration, it would serve
 * no component, so the provider would never start; such an empty or stack-made leftover is
 * deleted and the factory configuration made anew.
 */
final class ConfigurationApplier {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationApplier.class);
    private static final String ANY_LOCATION = "?";

    private final ConfigurationAdmin admin;

    ConfigurationApplier(ConfigurationAdmin admin) {
        this.admin = admin;
    }

    /** Returns how many configurations were created, changed or deleted. */
    int apply(ConfigurationPlan plan) throws IOException {
        Set<String> wanted = new HashSet<>();
        int changes = 0;
        for (PlannedConfiguration planned : plan.configurations()) {
            Configuration configuration = factoryConfiguration(planned);
            wanted.add(configuration.getPid());
            if (configuration.updateIfDifferent(new Hashtable<>(planned.properties()))) {
                LOG.info("Configured {} provider {} ({})", planned.api(), planned.name(), configuration.getPid());
                changes++;
            }
        }
        for (Configuration configuration : own()) {
            if (!wanted.contains(configuration.getPid())) {
                LOG.info("Removing provider configuration {}: no longer in the run config", configuration.getPid());
                configuration.delete();
                changes++;
            }
        }
        return changes;
    }

    private Configuration factoryConfiguration(PlannedConfiguration planned) throws IOException {
        Configuration configuration = admin.getFactoryConfiguration(planned.factoryPid(), planned.name(), ANY_LOCATION);
        if (planned.factoryPid().equals(configuration.getFactoryPid())) {
            return configuration;
        }
        Dictionary<String, Object> properties = configuration.getProperties();
        if (properties != null && !RunConfigPlanner.SOURCE.equals(properties.get(RunConfigPlanner.SOURCE_PROPERTY))) {
            throw new IOException("The PID " + configuration.getPid() + " is taken by a configuration that is not a "
                    + "factory configuration of " + planned.factoryPid() + " and was not made from the run config; "
                    + "delete it (config:delete " + configuration.getPid() + ") so provider " + planned.name()
                    + " can start");
        }
        LOG.info("Replacing the leftover plain configuration {} with a factory configuration", configuration.getPid());
        configuration.delete();
        Configuration fresh = admin.getFactoryConfiguration(planned.factoryPid(), planned.name(), ANY_LOCATION);
        if (!planned.factoryPid().equals(fresh.getFactoryPid())) {
            throw new IOException("Configuration Admin gave back a configuration without factory PID for "
                    + fresh.getPid() + " twice; provider " + planned.name() + " cannot be configured");
        }
        return fresh;
    }

    private Configuration[] own() throws IOException {
        String filter = "(" + RunConfigPlanner.SOURCE_PROPERTY + "=" + RunConfigPlanner.SOURCE + ")";
        try {
            Configuration[] configurations = admin.listConfigurations(filter);
            return configurations == null ? new Configuration[0] : configurations;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("The filter " + filter + " is invalid", e);
        }
    }
}
