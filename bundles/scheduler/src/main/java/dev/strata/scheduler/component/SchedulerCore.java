package dev.strata.scheduler.component;

import dev.strata.api.common.ProviderProperties;
import dev.strata.api.kvstore.KVStore;
import dev.strata.api.scheduler.JobExecutor;
import dev.strata.api.stack.ServesProviderType;
import dev.strata.scheduler.engine.EngineEnvironment;
import dev.strata.scheduler.engine.SchedulerEngine;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.condition.Condition;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Phase 1 of a scheduler (ARCHITECTURE.md §3), one per factory configuration of {@value #PID}:
 * once its KV store is bound it loads the engine, which runs nothing yet; it follows the {@link
 * JobExecutor} whiteboard and hands each executor to the engine; and its {@link ReadyGate}
 * registers the scheduler's Condition once every required executor is there. Its service is
 * internal (this package is not exported): {@link JobSchedulerComponent} binds it.
 *
 * <p>Executor callbacks come on whatever thread registers or unregisters the executor (DS 1.5,
 * section 112.5.12). Unbinding waits, up to the shutdown grace period, for the executor's
 * running jobs to stop, so that its code no longer runs when its bundle stops; it holds no lock
 * meanwhile. The Condition is registered on the gate's own thread, never inside a callback.
 */
@Component(
        service = SchedulerCore.class,
        configurationPid = SchedulerCore.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
@Designate(ocd = SchedulerConfig.class, factory = true)
// The ready Condition is registered by hand, so bnd does not declare it; without the capability the
// features resolver would refuse the bundle for JobSchedulerComponent's reference to it.
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"org.osgi.service.condition.Condition\"")
@ServesProviderType(
        type = SchedulerCore.PROVIDER_TYPE,
        api = "job_scheduler",
        factoryPid = SchedulerCore.PID,
        requires = "kvstore")
public class SchedulerCore {

    /** The factory PID of scheduler configurations. */
    public static final String PID = "dev.strata.scheduler";

    /** The provider type of run.yaml that this bundle serves. */
    public static final String PROVIDER_TYPE = "inline::scheduler";

    private static final Logger LOG = LoggerFactory.getLogger(SchedulerCore.class);

    private final String providerId;
    private final SchedulerEngine engine;
    private final ExecutorService gateThread;
    private final ReadyGate gate;

    @Activate
    public SchedulerCore(
            BundleContext context,
            SchedulerConfig config,
            Map<String, Object> properties,
            @Reference(name = "kvstore") KVStore store) {
        this.providerId = config.provider_id();
        this.engine = new SchedulerEngine(store, EngineSettings.of(config), EngineEnvironment.system());
        String conditionId = SchedulerTargets.conditionId(String.valueOf(properties.get("service.pid")));
        this.gateThread = Executors.newSingleThreadExecutor(
                EngineEnvironment.daemonThreads("strata-scheduler-gate-" + providerId + "-"));
        this.gate = new ReadyGate(
                providerId, conditionId, engine::missingRequiredExecutors, id -> register(context, id), gateThread);
        gate.check();
    }

    @Reference(
            name = "executor",
            service = JobExecutor.class,
            cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void bindExecutor(ServiceReference<JobExecutor> reference, JobExecutor executor) {
        Map<String, Object> properties = FrameworkUtil.asMap(reference.getProperties());
        engine.addExecutor(
                ExecutorProperties.id(properties),
                ExecutorProperties.ranking(properties),
                ExecutorProperties.types(properties),
                executor);
        gate.check();
    }

    /** A changed {@code job.type} or ranking: the engine treats the same id as an update. */
    void updatedExecutor(ServiceReference<JobExecutor> reference, JobExecutor executor) {
        bindExecutor(reference, executor);
    }

    void unbindExecutor(ServiceReference<JobExecutor> reference) {
        engine.removeExecutor(ExecutorProperties.id(FrameworkUtil.asMap(reference.getProperties())));
        gate.check();
    }

    /**
     * A changed configuration whose KV store reference still matches (DS 1.5, section 112.7.1:
     * otherwise the component is deactivated and activated anew): the engine takes the settings
     * as it runs, so editing run.yaml never stops the scheduler.
     */
    @Modified
    void modified(SchedulerConfig config) {
        engine.reconfigure(EngineSettings.of(config));
        gate.check();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        gate.close();
        gateThread.shutdown();
        gateThread.awaitTermination(10, TimeUnit.SECONDS);
        engine.stop();
    }

    /** The engine, for the public component; started and stopped by it. */
    SchedulerEngine engine() {
        return engine;
    }

    /** The provider id of the configuration. */
    String providerId() {
        return providerId;
    }

    private Runnable register(BundleContext context, String conditionId) {
        ServiceRegistration<Condition> registration = context.registerService(
                Condition.class,
                Condition.INSTANCE,
                FrameworkUtil.asDictionary(
                        Map.of(Condition.CONDITION_ID, conditionId, ProviderProperties.PROVIDER_ID, providerId)));
        return () -> unregister(registration);
    }

    private static void unregister(ServiceRegistration<Condition> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            LOG.debug("the scheduler condition was already unregistered (bundle stopping)", alreadyGone);
        }
    }
}
