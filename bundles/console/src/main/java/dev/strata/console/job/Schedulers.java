package dev.strata.console.job;

import dev.strata.api.common.ProviderProperties;
import dev.strata.api.scheduler.JobScheduler;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The started job schedulers in the service registry, and running a command against one. */
final class Schedulers {

    private Schedulers() {}

    /** A registered scheduler and its provider id. */
    record Running(String providerId, ServiceReference<JobScheduler> reference) {}

    /** The registered schedulers, sorted by provider id. */
    static List<Running> all(BundleContext context) {
        List<Running> running = new ArrayList<>();
        try {
            for (ServiceReference<JobScheduler> reference : context.getServiceReferences(JobScheduler.class, null)) {
                Object id = reference.getProperty(ProviderProperties.PROVIDER_ID);
                running.add(new Running(
                        id == null ? "service " + reference.getProperty("service.id") : id.toString(), reference));
            }
        } catch (InvalidSyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
        running.sort(Comparator.comparing(Running::providerId));
        return running;
    }

    /**
     * Runs {@code work} on the scheduler {@code requested} names, or on the only one.
     *
     * @throws IllegalArgumentException when there is none, no such one, or a choice to make
     */
    static <T> T with(BundleContext context, String requested, Function<JobScheduler, T> work) {
        List<Running> running = all(context);
        String chosen = choose(running.stream().map(Running::providerId).toList(), requested);
        Running scheduler = running.stream()
                .filter(r -> r.providerId().equals(chosen))
                .findFirst()
                .orElseThrow();
        JobScheduler service = context.getService(scheduler.reference());
        if (service == null) {
            throw new IllegalStateException(
                    "job scheduler '" + chosen + "' failed to start; see stack:status and" + " the log for why");
        }
        try {
            return work.apply(service);
        } finally {
            context.ungetService(scheduler.reference());
        }
    }

    static String choose(List<String> running, String requested) {
        if (running.isEmpty()) {
            throw new IllegalArgumentException("No job scheduler has started; job:stats shows what it waits for"
                    + " (required executors, its KV store), or add one under providers.job_scheduler in etc/run.yaml");
        }
        if (requested != null && !running.contains(requested)) {
            throw new IllegalArgumentException("No job scheduler '" + requested + "' has started; use --scheduler"
                    + " with one of: " + String.join(", ", running));
        }
        if (requested == null && running.size() > 1) {
            throw new IllegalArgumentException(running.size() + " job schedulers run (" + String.join(", ", running)
                    + "); choose one with --scheduler");
        }
        return requested == null ? running.get(0) : requested;
    }
}
