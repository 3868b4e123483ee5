package dev.strata.console.vs;

import dev.strata.api.common.ProviderProperties;
import dev.strata.api.files.Files;
import dev.strata.api.vectorio.VectorIO;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The vector store and Files providers in the service registry, and the choice of one when
 * several run, as {@code kv:*} and {@code job:*} choose theirs.
 */
final class Providers {

    /**
     * The service property through which a vector store provider's configuration names the Files
     * provider it reads: the DS {@code target} of its {@code files} reference, published with the
     * component's other configuration properties.
     */
    static final String FILES_TARGET = "files.target";

    private Providers() {}

    /** A registered provider and its provider id. */
    record Running<S>(String providerId, ServiceReference<S> reference) {}

    /**
     * A service got for one command; closing it gives it back to the registry.
     *
     * @param providerId the provider's id
     * @param reference the service's reference
     * @param service the service object
     * @param context the context that got it
     */
    record Lease<S>(String providerId, ServiceReference<S> reference, S service, BundleContext context)
            implements AutoCloseable {

        @Override
        public void close() {
            context.ungetService(reference);
        }
    }

    /** The registered services of {@code type}, sorted by provider id. */
    static <S> List<Running<S>> all(BundleContext context, Class<S> type) {
        List<Running<S>> running = new ArrayList<>();
        try {
            for (ServiceReference<S> reference : context.getServiceReferences(type, null)) {
                Object id = reference.getProperty(ProviderProperties.PROVIDER_ID);
                running.add(new Running<>(
                        id == null ? "service " + reference.getProperty("service.id") : id.toString(), reference));
            }
        } catch (InvalidSyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
        running.sort(Comparator.comparing(Running::providerId));
        return running;
    }

    /**
     * Gets the vector store provider {@code requested} names, or the only one.
     *
     * @throws IllegalArgumentException when there is none, no such one, or a choice to make
     */
    static Lease<VectorIO> vectorIO(BundleContext context, String requested) {
        List<Running<VectorIO>> running = all(context, VectorIO.class);
        String chosen = chooseVectorIO(ids(running), requested);
        return lease(context, find(running, chosen), "vector store provider");
    }

    /**
     * Gets the Files provider {@code requested} names; else the one the vector store provider's
     * {@value #FILES_TARGET} names; else the only one.
     *
     * @throws IllegalArgumentException when there is none, no such one, or a choice to make
     */
    static Lease<Files> files(BundleContext context, String requested, Lease<VectorIO> vectorIO) {
        List<Running<Files>> running = all(context, Files.class);
        List<String> targeted = requested == null ? targeted(context, running, vectorIO.reference()) : List.of();
        String chosen = chooseFiles(ids(running), targeted.size() == 1 ? targeted.get(0) : requested);
        return lease(context, find(running, chosen), "Files provider");
    }

    /**
     * Gets the Files provider as {@link #files} does, or returns {@code null} when none can be
     * chosen; for commands that only show file names.
     */
    static Lease<Files> optionalFiles(BundleContext context, Lease<VectorIO> vectorIO) {
        try {
            return files(context, null, vectorIO);
        } catch (RuntimeException none) {
            return null;
        }
    }

    static String chooseVectorIO(List<String> running, String requested) {
        if (running.isEmpty()) {
            throw new IllegalArgumentException("No vector store provider is running; add one under"
                    + " providers.vector_io in etc/run.yaml, then stack:providers shows what it waits for");
        }
        if (requested != null && !running.contains(requested)) {
            throw new IllegalArgumentException("No vector store provider '" + requested
                    + "' is running; use --provider with one of: " + String.join(", ", running));
        }
        if (requested == null && running.size() > 1) {
            throw new IllegalArgumentException(running.size() + " vector store providers are running ("
                    + String.join(", ", running) + "); choose one with --provider");
        }
        return requested == null ? running.get(0) : requested;
    }

    static String chooseFiles(List<String> running, String requested) {
        if (running.isEmpty()) {
            throw new IllegalArgumentException("No Files provider is running, and vs:ingest uploads through one;"
                    + " add one under providers.files in etc/run.yaml, then see stack:providers");
        }
        if (requested != null && !running.contains(requested)) {
            throw new IllegalArgumentException("No Files provider '" + requested
                    + "' is running; use --files with one of: " + String.join(", ", running));
        }
        if (requested == null && running.size() > 1) {
            throw new IllegalArgumentException(running.size() + " Files providers are running ("
                    + String.join(", ", running) + "); choose the one the vector store provider reads with --files");
        }
        return requested == null ? running.get(0) : requested;
    }

    private static List<String> targeted(
            BundleContext context, List<Running<Files>> running, ServiceReference<VectorIO> vectorIO) {
        if (!(vectorIO.getProperty(FILES_TARGET) instanceof String target) || target.isBlank()) {
            return List.of();
        }
        try {
            Filter filter = context.createFilter(target);
            return running.stream()
                    .filter(files -> filter.match(files.reference()))
                    .map(Running::providerId)
                    .toList();
        } catch (InvalidSyntaxException badTarget) {
            return List.of();
        }
    }

    private static <S> List<String> ids(List<Running<S>> running) {
        return running.stream().map(Running::providerId).toList();
    }

    private static <S> Running<S> find(List<Running<S>> running, String chosen) {
        return running.stream()
                .filter(r -> r.providerId().equals(chosen))
                .findFirst()
                .orElseThrow();
    }

    private static <S> Lease<S> lease(BundleContext context, Running<S> chosen, String kind) {
        S service = context.getService(chosen.reference());
        if (service == null) {
            throw new IllegalStateException(kind + " '" + chosen.providerId() + "' failed to start; see stack:status"
                    + " and the log for why, then fix its configuration");
        }
        return new Lease<>(chosen.providerId(), chosen.reference(), service, context);
    }
}
