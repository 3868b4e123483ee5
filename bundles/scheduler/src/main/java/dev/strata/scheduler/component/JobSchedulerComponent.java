package dev.strata.scheduler.component;

import dev.strata.api.common.Page;
import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobQuery;
import dev.strata.api.scheduler.JobRequest;
import dev.strata.api.scheduler.JobScheduler;
import dev.strata.scheduler.engine.SchedulerEngine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.condition.Condition;
import org.osgi.service.event.EventAdmin;

/**
 * Phase 2 of a scheduler (ARCHITECTURE.md §3): the public {@link JobScheduler} service. It has a
 * mandatory reference to the Condition of its scheduler's {@link ReadyGate}, which works as its
 * satisfying condition (DS 1.5, section 112.3.13; {@link SchedulerTargets} says why it is a
 * reference of its own), so DS activates it only once every required executor is present; activation
 * starts the engine, which resumes pending and interrupted jobs. Its service properties are the
 * configuration's, {@code provider.id} and {@code provider.type} among them (DS 1.5, section
 * 112.6).
 *
 * <p>Until {@link SchedulerTargets} gives it its scheduler's targets, it waits on a condition
 * that never exists, so a configuration that missed the plugin is visible as waiting rather
 * than started without its gate.
 */
@Component(
        service = JobScheduler.class,
        configurationPid = SchedulerCore.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true,
        property = {
            SchedulerTargets.READY_TARGET + "=(osgi.condition.id=dev.strata.scheduler.untargeted)",
            SchedulerTargets.CORE_TARGET + "=(service.pid=dev.strata.scheduler.untargeted)"
        })
public class JobSchedulerComponent implements JobScheduler {

    private final SchedulerEngine engine;
    private final JobEventPublisher events;

    @Activate
    public JobSchedulerComponent(
            @Reference(name = "core") SchedulerCore core, @Reference(name = "ready") Condition ready) {
        this.engine = core.engine();
        this.events = new JobEventPublisher(core.providerId());
        engine.addListener(events);
    }

    /**
     * Starts the engine once DS has bound the EventAdmin, if there is one (bind methods run after
     * the constructor and before activation, DS 1.5, section 112.5.8), so that the events of
     * resumed jobs are posted too.
     */
    @Activate
    void activate() {
        engine.start();
    }

    @Reference(
            name = "eventAdmin",
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindEventAdmin(EventAdmin eventAdmin) {
        events.bind(eventAdmin);
    }

    void unbindEventAdmin(EventAdmin eventAdmin) {
        events.unbind(eventAdmin);
    }

    /**
     * Takes a changed configuration without restarting: the settings belong to the engine, and
     * {@link SchedulerCore} (which has no modified method) is replaced with a new engine when they
     * change, which rebinds this component. Without this method the runtime would also deactivate
     * this component for the same change and activate it again on the engine it had just stopped.
     */
    @Modified
    void modified() {
        // Nothing to do: see above.
    }

    /** Leaves running jobs resumable: they go back to pending, never cancelled. */
    @Deactivate
    void deactivate() {
        engine.stop();
        engine.removeListener(events);
    }

    @Override
    public String schedule(String type, Map<String, Object> data, Map<String, Object> metadata) {
        return engine.schedule(type, data, metadata);
    }

    @Override
    public String schedule(JobRequest request) {
        return engine.schedule(request);
    }

    @Override
    public List<String> scheduleAll(List<JobRequest> requests) {
        return engine.scheduleAll(requests);
    }

    @Override
    public Optional<JobInfo> get(String id) {
        return engine.get(id);
    }

    @Override
    public Page<JobInfo> list(JobQuery query) {
        return engine.list(query);
    }

    @Override
    public boolean cancel(String id) {
        return engine.cancel(id);
    }

    @Override
    public boolean delete(String id) {
        return engine.delete(id);
    }

    @Override
    public boolean retry(String id) {
        return engine.retry(id);
    }
}
