package dev.strata.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.scheduler.JobEvents;
import dev.strata.api.scheduler.JobExecutor;
import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobScheduler;
import dev.strata.api.scheduler.JobStatus;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * The inline scheduler from etc/run.yaml to finished jobs: its JobScheduler service waits for
 * the required executors (the ready gate), jobs run and are published on EventAdmin, and a job
 * whose executor leaves mid-run goes back to pending and finishes when an executor returns.
 * Each test runs its own scheduler, on its own KV namespace and job type.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SchedulerIT extends StrataTestSupport {

    /** The internal phase-1 service, found by name: its package is private to the bundle. */
    private static final String CORE = "dev.strata.scheduler.component.SchedulerCore";

    @Inject
    BundleContext context;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Test
    public void schedulerAppearsOnlyOnceTheRequiredExecutorIsRegistered() throws Exception {
        awaitStarted();
        writeRunConfig(runConfig("gated", "itest.gated"));
        awaitTrue(
                "the scheduler's engine to load",
                () -> !references(CORE, "gated").isEmpty());

        assertThat(references(JobScheduler.class.getName(), "gated")).isEmpty();
        assertThat(console("job:stats")).contains("itest.gated");

        List<String> topics = new CopyOnWriteArrayList<>();
        ServiceRegistration<EventHandler> handler = listen("itest.gated", topics);
        ServiceRegistration<JobExecutor> executor =
                register("itest.gated", context -> Map.of("echo", context.data().get("text")));
        try {
            JobScheduler scheduler = awaitScheduler("gated");
            String id = scheduler.schedule("itest.gated", Map.of("text", "hello"), Map.of());

            JobInfo done = awaitStatus(scheduler, id, JobStatus.COMPLETED);
            assertThat(done.result()).containsEntry("echo", "hello");
            assertThat(done.attempts()).isEqualTo(1);
            awaitTrue("three events", () -> topics.size() >= 3);
            assertThat(topics)
                    .containsExactly(JobEvents.TOPIC_PENDING, JobEvents.TOPIC_RUNNING, JobEvents.TOPIC_COMPLETED);
            assertThat(console("job:info " + id)).contains("completed").contains("itest.gated");
        } finally {
            executor.unregister();
            handler.unregister();
        }
    }

    @Test
    public void jobWhoseExecutorLeavesMidRunGoesBackToPendingAndResumes() throws Exception {
        awaitStarted();
        writeRunConfig(runConfig("hot", "itest.hot"));
        CountDownLatch started = new CountDownLatch(1);
        ServiceRegistration<JobExecutor> leaving = register("itest.hot", context -> {
            started.countDown();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            return Map.of();
        });
        JobScheduler scheduler = awaitScheduler("hot");
        String id = scheduler.schedule("itest.hot", Map.of(), Map.of());
        assertThat(started.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        leaving.unregister();

        JobInfo waiting = awaitStatus(scheduler, id, JobStatus.PENDING);
        assertThat(waiting.attempts()).as("an attempt cut short is not counted").isZero();
        assertThat(waiting.waitingFor()).contains("itest.hot");

        ServiceRegistration<JobExecutor> back = register("itest.hot", context -> Map.of("resumed", true));
        try {
            JobInfo done = awaitStatus(scheduler, id, JobStatus.COMPLETED);
            assertThat(done.result()).containsEntry("resumed", true);
            assertThat(done.attempts()).isEqualTo(1);
        } finally {
            back.unregister();
        }
    }

    /**
     * Stands in for a framework restart, which Pax Exam cannot do under a running probe: stopping
     * and starting the scheduler's bundle drops the engine and loads a new one from the store.
     */
    @Test
    public void pendingAndInterruptedJobsResumeAfterTheSchedulerRestarts() throws Exception {
        awaitStarted();
        writeRunConfig(runConfig("restart", "itest.restart").replace("10s", "1s"));
        CountDownLatch started = new CountDownLatch(1);
        ServiceRegistration<JobExecutor> slow = register("itest.restart", context -> {
            started.countDown();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            return Map.of();
        });
        JobScheduler scheduler = awaitScheduler("restart");
        String interrupted = scheduler.schedule("itest.restart", Map.of(), Map.of());
        assertThat(started.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        String pending = scheduler.schedule("itest.later", Map.of(), Map.of());
        Bundle bundle = schedulerBundle();

        bundle.stop();
        slow.unregister();
        bundle.start();

        ServiceRegistration<JobExecutor> fast = register("itest.restart", context -> Map.of("after", "restart"));
        ServiceRegistration<JobExecutor> later = register("itest.later", context -> Map.of());
        try {
            JobScheduler restarted = awaitScheduler("restart");
            assertThat(awaitStatus(restarted, interrupted, JobStatus.COMPLETED).result())
                    .containsEntry("after", "restart");
            assertThat(awaitStatus(restarted, pending, JobStatus.COMPLETED).attempts())
                    .isEqualTo(1);
        } finally {
            fast.unregister();
            later.unregister();
        }
    }

    @Test
    public void consoleSchedulesListsAndCountsJobs() throws Exception {
        awaitStarted();
        writeRunConfig(runConfig("console", "itest.console"));
        ServiceRegistration<JobExecutor> executor = register("itest.console", context -> Map.of("ok", true));
        try {
            JobScheduler scheduler = awaitScheduler("console");

            String id = console("job:schedule itest.console '{\"n\": 1}'").trim();

            assertThat(String.valueOf(awaitStatus(scheduler, id, JobStatus.COMPLETED)
                            .data()
                            .get("n")))
                    .isEqualTo("1");
            assertThat(console("job:list --status completed")).contains(id);
            assertThat(console("job:info " + id)).contains("completed").contains("{\"ok\":true}");
            assertThat(console("job:stats"))
                    .contains("Scheduler 'console': started")
                    .contains("itest.console");
            assertThat(console("job:cancel " + id)).contains("had already finished");
            assertThatThrownBy(() -> console("job:retry " + id))
                    .hasMessageContaining("is completed; only failed or cancelled jobs are retried");
            assertThatThrownBy(() -> console("job:schedule itest.consol"))
                    .hasMessageContaining("itest.consol")
                    .hasMessageContaining("itest.console");
            String waiting = console("job:schedule --wait itest.later").trim();
            assertThat(scheduler.get(waiting).orElseThrow().waitingFor()).contains("itest.later");
            assertThatThrownBy(() -> console("job:schedule itest.later"))
                    .hasMessageContaining("jobs of this type already wait for one");
            console("job:delete " + id);
            assertThat(scheduler.get(id)).isEmpty();
        } finally {
            executor.unregister();
        }
    }

    private Bundle schedulerBundle() {
        for (Bundle bundle : context.getBundles()) {
            if ("dev.strata.scheduler".equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("no bundle dev.strata.scheduler is installed");
    }

    private static String runConfig(String providerId, String jobType) {
        return """
                providers:
                  job_scheduler:
                    - provider_id: %1$s
                      provider_type: inline::scheduler
                      config:
                        kvstore: {backend: kv_default, namespace: %1$s}
                        max_concurrent_jobs: 2
                        required_executors: [%2$s]
                        shutdown_grace: 10s
                storage:
                  backends:
                    kv_default: {type: kv_derby, db_path: kvstore}
                """.formatted(providerId, jobType);
    }

    private ServiceRegistration<JobExecutor> register(String type, JobExecutor executor) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(JobExecutor.JOB_TYPE, type);
        return context.registerService(JobExecutor.class, executor, properties);
    }

    private ServiceRegistration<EventHandler> listen(String type, List<String> topics) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, JobEvents.TOPIC_ALL);
        properties.put(EventConstants.EVENT_FILTER, "(" + JobEvents.JOB_TYPE + "=" + type + ")");
        return context.registerService(EventHandler.class, event -> topics.add(event.getTopic()), properties);
    }

    /**
     * Settings saved one after another while the scheduler runs: each time it serves, and it is
     * the same service throughout, since the engine takes changed settings without a restart.
     */
    @Test
    public void schedulerServesAfterEachEditOfItsSettings() throws Exception {
        awaitStarted();
        ServiceRegistration<JobExecutor> executor = register("itest.edited", context -> Map.of());
        Object serviceId = null;
        try {
            for (int limit = 2; limit <= 6; limit++) {
                writeRunConfig(runConfig("edited", "itest.edited")
                        .replace("max_concurrent_jobs: 2", "max_concurrent_jobs: " + limit));
                String core = "(&(provider.id=edited)(max.concurrent.jobs=" + limit + "))";
                awaitTrue(
                        "the scheduler's engine with max_concurrent_jobs " + limit,
                        () -> !find(CORE, core).isEmpty());
                awaitTrue(
                        "the JobScheduler edited after the edit to " + limit,
                        () -> !references(JobScheduler.class.getName(), "edited")
                                        .isEmpty()
                                && runConfigStatus.report().providers().stream()
                                        .anyMatch(provider ->
                                                provider.providerId().equals("edited")
                                                        && provider.state().equals("active")));
                JobScheduler scheduler = awaitScheduler("edited");
                String id = scheduler.schedule("itest.edited", Map.of(), Map.of());
                awaitStatus(scheduler, id, JobStatus.COMPLETED);
                Object current = references(JobScheduler.class.getName(), "edited")
                        .get(0)
                        .getProperty(Constants.SERVICE_ID);
                if (serviceId == null) {
                    serviceId = current;
                }
                assertThat(current)
                        .as("the JobScheduler's service.id after the edit to " + limit)
                        .isEqualTo(serviceId);
            }
        } finally {
            executor.unregister();
        }
    }

    private List<ServiceReference<?>> find(String objectClass, String filter) {
        try {
            ServiceReference<?>[] found = context.getAllServiceReferences(objectClass, filter);
            return found == null ? List.of() : List.of(found);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private JobScheduler awaitScheduler(String providerId) {
        awaitTrue(
                "the JobScheduler " + providerId,
                () -> !references(JobScheduler.class.getName(), providerId).isEmpty());
        @SuppressWarnings("unchecked")
        ServiceReference<JobScheduler> reference = (ServiceReference<JobScheduler>)
                references(JobScheduler.class.getName(), providerId).get(0);
        return context.getService(reference);
    }

    private JobInfo awaitStatus(JobScheduler scheduler, String id, JobStatus status) {
        awaitTrue(
                "job " + id + " to be " + status.wireName(),
                () -> scheduler.get(id).map(JobInfo::status).orElse(null) == status);
        return scheduler.get(id).orElseThrow();
    }

    private List<ServiceReference<?>> references(String objectClass, String providerId) {
        try {
            ServiceReference<?>[] found =
                    context.getAllServiceReferences(objectClass, "(provider.id=" + providerId + ")");
            return found == null ? List.of() : List.of(found);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
