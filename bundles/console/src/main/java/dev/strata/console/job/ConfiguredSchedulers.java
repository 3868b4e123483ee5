package dev.strata.console.job;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The inline schedulers configured in Configuration Admin, started or not, with the executors
 * they require: read from configurations, so a scheduler that waits is seen before its service
 * exists.
 */
final class ConfiguredSchedulers {

    /** The factory PID of inline scheduler configurations. */
    static final String FACTORY_PID = "dev.strata.scheduler";

    private ConfiguredSchedulers() {}

    /** One configured scheduler and the job types it requires. */
    record Configured(String providerId, List<String> requiredExecutors) {

        /** The required types that no executor in {@code served} serves. */
        Set<String> missing(Collection<String> served) {
            Set<String> missing = new TreeSet<>(requiredExecutors);
            missing.removeAll(served);
            return missing;
        }
    }

    static List<Configured> all(ConfigurationAdmin admin) throws IOException {
        Configuration[] found;
        try {
            found = admin.listConfigurations("(service.factoryPid=" + FACTORY_PID + ")");
        } catch (InvalidSyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
        List<Configured> configured = new ArrayList<>();
        for (Configuration configuration : found == null ? new Configuration[0] : found) {
            Object id = configuration.getProperties().get("provider.id");
            configured.add(new Configured(
                    id == null ? configuration.getPid() : id.toString(),
                    Executors.types(configuration.getProperties().get("required.executors"))));
        }
        configured.sort(Comparator.comparing(Configured::providerId));
        return configured;
    }
}
