package dev.strata.console.job;

import dev.strata.api.scheduler.JobExecutor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The {@link JobExecutor} services registered now, as the scheduler's whiteboard sees them. */
final class Executors {

    private Executors() {}

    /** One executor: its service id, ranking, bundle and the types its {@code job.type} names. */
    record Present(long serviceId, int ranking, String bundle, List<String> types) {}

    static List<Present> all(BundleContext context) {
        List<Present> present = new ArrayList<>();
        try {
            for (ServiceReference<JobExecutor> reference : context.getServiceReferences(JobExecutor.class, null)) {
                present.add(new Present(
                        (Long) reference.getProperty("service.id"),
                        reference.getProperty("service.ranking") instanceof Integer ranking ? ranking : 0,
                        reference.getBundle() == null
                                ? "?"
                                : reference.getBundle().getSymbolicName(),
                        types(reference.getProperty(JobExecutor.JOB_TYPE))));
            }
        } catch (InvalidSyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
        return present;
    }

    static List<String> types(Object jobType) {
        List<String> types = new ArrayList<>();
        if (jobType instanceof String type) {
            types.add(type);
        } else if (jobType instanceof String[] array) {
            types.addAll(List.of(array));
        } else if (jobType instanceof Collection<?> collection) {
            collection.forEach(type -> types.add(String.valueOf(type)));
        }
        return types;
    }
}
