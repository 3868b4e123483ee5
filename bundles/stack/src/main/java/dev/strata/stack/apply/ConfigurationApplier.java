package dev.strata.stack.apply;

import dev.strata.stack.plan.ConfigurationPlan;
import dev.strata.stack.plan.PlannedConfiguration;
import dev.strata.stack.plan.RunConfigPlanner;
import java.io.IOException;
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
            Configuration configuration =
                    admin.getFactoryConfiguration(planned.factoryPid(), planned.name(), ANY_LOCATION);
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
