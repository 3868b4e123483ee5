package dev.strata.stack.status;

import dev.strata.api.stack.ComponentState;
import dev.strata.api.stack.StackReport;
import dev.strata.api.stack.StackStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the file {@code <karaf.data>/strata/ready} present exactly while the stack is ready, so
 * that {@code bin/strata start} and supervisors can wait for readiness without a JVM of their
 * own, and logs each change of readiness for the operator.
 *
 * <p>The report is refreshed on every bundle and service event (coalesced onto one thread) and
 * once a second, because the Service Component Runtime changes component states without events
 * of its own.
 */
@Component(immediate = true)
public class ReadinessMarker {

    static final String READY_FILE = "strata/ready";
    private static final long REFRESH_MILLIS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(ReadinessMarker.class);

    private final BundleContext context;
    private final StackStatus status;
    private final Path readyFile;
    private final ScheduledExecutorService refresher;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final ServiceListener serviceListener = (ServiceEvent event) -> queueRefresh();
    private final BundleListener bundleListener = (BundleEvent event) -> queueRefresh();

    private boolean ready;
    private List<String> lastWaiting = List.of();

    @Activate
    public ReadinessMarker(BundleContext context, @Reference StackStatus status) {
        this.context = context;
        this.status = status;
        String data = context.getProperty("karaf.data");
        this.readyFile = Path.of(data == null ? "data" : data).resolve(READY_FILE);
        this.refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "strata-readiness");
            thread.setDaemon(true);
            return thread;
        });
        deleteReadyFile();
        context.addServiceListener(serviceListener);
        context.addBundleListener(bundleListener);
        refresher.scheduleWithFixedDelay(this::refresh, 0, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void deactivate() {
        context.removeServiceListener(serviceListener);
        context.removeBundleListener(bundleListener);
        refresher.shutdownNow();
        deleteReadyFile();
    }

    private void queueRefresh() {
        if (refreshQueued.compareAndSet(false, true)) {
            try {
                refresher.execute(this::refresh);
            } catch (RejectedExecutionException e) {
                // An event delivered while deactivating: there is nothing left to refresh.
            }
        }
    }

    /** Runs on the refresher thread only, so {@link #ready} needs no lock. */
    private void refresh() {
        refreshQueued.set(false);
        try {
            apply(status.report());
        } catch (RuntimeException e) {
            LOG.warn("Could not refresh Strata's readiness; will try again", e);
        }
    }

    private void apply(StackReport report) {
        if (report.ready() && !ready) {
            writeReadyFile(report);
            LOG.info(
                    "Strata is ready: {} bundles and {} components up",
                    report.bundles().size(),
                    report.components().size());
        } else if (!report.ready() && ready) {
            deleteReadyFile();
        }
        ready = report.ready();
        if (!ready && report.bootFinished()) {
            logWaiting(report.waiting());
        }
    }

    /** What keeps a component from being ready, in a few words. */
    static String holdsBack(ComponentState component) {
        if (component.failure() != null) {
            return component.name() + " failed to activate: " + component.failure();
        }
        if (component.waitingFor().isEmpty()) {
            return component.name() + " is "
                    + component.state().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        return component.name() + " waits for " + String.join(", ", component.waitingFor());
    }

    private void logWaiting(List<ComponentState> waiting) {
        List<String> described =
                waiting.stream().map(ReadinessMarker::holdsBack).toList();
        if (!described.equals(lastWaiting)) {
            lastWaiting = described;
            LOG.info(
                    "Strata is not ready: {}",
                    described.isEmpty()
                            ? "bundles or run config providers still starting (see stack:providers)"
                            : described);
        }
    }

    private void writeReadyFile(StackReport report) {
        try {
            Files.createDirectories(readyFile.getParent());
            Path temporary = readyFile.resolveSibling("ready.tmp");
            String content = "ready_at=" + Instant.now() + "\nbundles="
                    + report.bundles().size() + "\ncomponents="
                    + report.components().size() + "\n";
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, readyFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + readyFile, e);
        }
    }

    private void deleteReadyFile() {
        try {
            Files.deleteIfExists(readyFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + readyFile, e);
        }
    }
}
