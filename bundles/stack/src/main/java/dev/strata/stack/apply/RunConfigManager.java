package dev.strata.stack.apply;

import dev.strata.api.stack.ProviderReport;
import dev.strata.api.stack.RunConfigReport;
import dev.strata.api.stack.RunConfigStatus;
import dev.strata.api.stack.SettingsCheck;
import dev.strata.stack.catalogue.CatalogueTracker;
import dev.strata.stack.catalogue.ProviderCatalogue;
import dev.strata.stack.catalogue.ProviderDescriptor;
import dev.strata.stack.plan.ConfigurationPlan;
import dev.strata.stack.plan.RunConfigPlanner;
import dev.strata.stack.plan.SettingsSchema;
import dev.strata.stack.runconfig.RunConfig;
import dev.strata.stack.runconfig.RunConfigException;
import dev.strata.stack.runconfig.RunConfigReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.karaf.features.BootFinished;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.metatype.MetaTypeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the running providers in step with {@code etc/run.yaml}: reads the file at start and
 * whenever it changes or a bundle serving provider types comes or goes, plans the factory
 * configurations it asks for and applies them. A file with any fault is refused whole: the
 * fault is logged with its lines, reported by {@code stack:config}, and the configurations of
 * the last accepted file stay as they are.
 *
 * <p>It reads the file only once Karaf has installed its boot features ({@link BootFinished}),
 * so that the first read sees every provider type the distribution ships. The reference is
 * optional so that the features resolver, which cannot see the framework's own services, does
 * not refuse the bundle. All work runs on one thread, in the order the triggers came, so reads
 * and applies never overlap and need no lock.
 *
 * <p>Before it applies a file, it has the {@link SettingsCheck} services of the provider bundles
 * check each planned configuration of their factory PID, so that a value the component would
 * refuse at activation refuses the file instead. They are called on the worker thread, holding
 * no lock. A check that comes after its bundle's provider types were seen (a bundle hot-deployed
 * is seen once resolved, its services come once it has started) has the file checked again, so
 * that a value applied in that window is at least reported.
 */
@Component(immediate = true, service = RunConfigStatus.class)
public class RunConfigManager implements RunConfigStatus {

    /** The run config's file name in Karaf's etc folder. */
    static final String FILE_NAME = "run.yaml";

    private static final Logger LOG = LoggerFactory.getLogger(RunConfigManager.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "strata-run-config");
        thread.setDaemon(true);
        return thread;
    });
    private final ServiceComponentRuntime runtime;
    private final ConfigurationApplier applier;
    private final RunConfigReader reader = new RunConfigReader(System::getenv);
    private final CatalogueTracker catalogue;
    private final RunConfigFile file;
    private final Clock clock = Clock.systemUTC();

    /** The provider bundles' settings checks and the factory PID each checks. */
    private final Map<SettingsCheck, String> checks = new ConcurrentHashMap<>();

    /** Written by the worker thread only; read by any thread. The fields below: worker only. */
    private volatile Outcome outcome;

    private boolean booted;
    private String lastText;
    private ProviderCatalogue lastCatalogue;
    private Set<SettingsCheck> lastChecks = Set.of();

    @Activate
    public RunConfigManager(
            BundleContext context, @Reference ConfigurationAdmin admin, @Reference ServiceComponentRuntime runtime)
            throws IOException {
        this.runtime = runtime;
        this.applier = new ConfigurationApplier(admin);
        Path etc = Path.of(Objects.requireNonNullElse(context.getProperty("karaf.etc"), "etc"));
        this.outcome = Outcome.notRead(etc.resolve(FILE_NAME).toAbsolutePath());
        this.catalogue = new CatalogueTracker(context, this::reloadLater);
        this.file = new RunConfigFile(etc.resolve(FILE_NAME), this::reloadLater);
        catalogue.open();
    }

    /** Optional: without it, settings are checked for shape but not against schemas. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile MetaTypeService metatype;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindSettingsCheck(SettingsCheck check, Map<String, Object> properties) {
        checks.put(check, String.valueOf(properties.get(SettingsCheck.FACTORY_PID)));
        // A bundle's check may register after its provider types were seen: check the file again.
        reloadLater();
    }

    void unbindSettingsCheck(SettingsCheck check) {
        checks.remove(check);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindBootFinished(BootFinished finished) {
        worker.execute(() -> {
            booted = true;
            reload();
        });
    }

    void unbindBootFinished(BootFinished finished) {
        // Once booted, stays booted: the service goes only when the framework stops.
    }

    @Deactivate
    void deactivate() throws IOException, InterruptedException {
        file.close();
        catalogue.close();
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Override
    public RunConfigReport report() {
        Outcome current = outcome;
        List<ProviderReport> providers = ProviderReports.of(current.plan(), runtime);
        return new RunConfigReport(
                current.path().toString(), current.checkedAt(), current.refusal(), providers, current.warnings());
    }

    private void reloadLater() {
        worker.execute(this::reload);
    }

    /** Runs on the worker thread only. */
    private void reload() {
        if (!booted) {
            return;
        }
        try {
            String text = file.read().orElse("");
            ProviderCatalogue known = catalogue.snapshot();
            Set<SettingsCheck> knownChecks = Set.copyOf(checks.keySet());
            if (text.equals(lastText)
                    && known.all().equals(lastCatalogue == null ? null : lastCatalogue.all())
                    && knownChecks.equals(lastChecks)) {
                return;
            }
            lastText = text;
            lastCatalogue = known;
            lastChecks = knownChecks;
            apply(text, known);
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not apply {}; the providers running keep running", file.path(), e);
            outcome = outcome.refused(clock.instant(), "could not be applied: " + e);
        }
    }

    private void apply(String text, ProviderCatalogue known) throws IOException {
        String source = file.path().toString();
        Instant now = clock.instant();
        try {
            RunConfig config = reader.read(source, text);
            ConfigurationPlan plan = new RunConfigPlanner(known, this::schemaOf, this::checksOf).plan(source, config);
            int changes = applier.apply(plan);
            List<String> warnings = known.conflicts();
            warnings.forEach(LOG::warn);
            outcome = new Outcome(file.path(), now, null, plan, warnings);
            LOG.info(
                    "Run config {} in effect: {} providers, {} configuration changes",
                    source,
                    plan.configurations().size(),
                    changes);
        } catch (RunConfigException e) {
            LOG.error("{}", e.getMessage());
            outcome = outcome.refused(now, e.getMessage());
        }
    }

    private Optional<SettingsSchema> schemaOf(ProviderDescriptor descriptor) {
        MetaTypeService service = metatype;
        if (service == null) {
            return Optional.empty();
        }
        return catalogue
                .bundleOf(descriptor)
                .flatMap(bundle -> MetatypeSchemas.of(service, bundle, descriptor.factoryPid()));
    }

    private List<SettingsCheck> checksOf(String factoryPid) {
        return checks.entrySet().stream()
                .filter(check -> check.getValue().equals(factoryPid))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The result of the latest read: the plan in effect and, if refused, why. */
    record Outcome(Path path, Instant checkedAt, String refusal, ConfigurationPlan plan, List<String> warnings) {

        static Outcome notRead(Path path) {
            return new Outcome(path, null, null, new ConfigurationPlan(List.of(), List.of()), List.of());
        }

        Outcome refused(Instant at, String why) {
            return new Outcome(path, at, why, plan, warnings);
        }
    }
}
