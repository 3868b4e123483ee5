package dev.strata.itests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobRequest;
import dev.strata.api.scheduler.JobScheduler;
import dev.strata.api.scheduler.JobStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * A third-party provider dropped into {@code deploy/}: {@code word_count} jobs scheduled before
 * it wait, run once its jar is there, and new ones wait again once the jar is deleted.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotDeployIT extends StrataTestSupport {

    private static final String RUN_CONFIG = """
            providers:
              job_scheduler:
                - provider_id: scheduler
                  provider_type: inline::scheduler
                  config:
                    kvstore: {backend: kv_default, namespace: job_scheduler}
            storage:
              backends:
                kv_default: {type: kv_derby, db_path: kvstore}
            """;

    @Inject
    BundleContext context;

    @Configuration
    public Option[] config() {
        return options(distribution(), exampleJar());
    }

    @Test
    public void waitingJobsRunOnceTheExecutorIsDeployedAndWaitAgainWhenItLeaves() throws Exception {
        awaitStarted();
        writeRunConfig(RUN_CONFIG);
        JobScheduler scheduler = awaitService(JobScheduler.class);
        List<String> ids = scheduler.scheduleAll(List.of(
                JobRequest.of("word_count", Map.of("text", "one two three"), null),
                JobRequest.of("word_count", Map.of("text", "the cat and the hat"), null)));
        assertThat(scheduler.get(ids.get(0)).orElseThrow().waitingFor()).contains("word_count");

        Path deployed = deploy();

        awaitTrue("the word_count jobs to complete", () -> ids.stream().allMatch(id -> isCompleted(scheduler, id)));
        JobInfo cat = scheduler.get(ids.get(1)).orElseThrow();
        assertThat(cat.result()).containsEntry("words", 5).containsEntry("distinct", 4);

        Files.delete(deployed);
        awaitTrue(
                "the example bundle to be uninstalled",
                () -> Arrays.stream(context.getBundles())
                        .noneMatch(bundle -> "org.example.wordcount".equals(bundle.getSymbolicName())));
        String late = scheduler.schedule("word_count", Map.of("text", "too late"), null);

        JobInfo waiting = scheduler.get(late).orElseThrow();
        assertThat(waiting.status()).isEqualTo(JobStatus.PENDING);
        assertThat(waiting.waitingFor()).contains("word_count");
    }

    private static boolean isCompleted(JobScheduler scheduler, String id) {
        return scheduler.get(id).map(job -> job.status() == JobStatus.COMPLETED).orElse(false);
    }

    /**
     * Moves the example jar into deploy/ in one step, as a careful operator does, so the
     * deployer never sees half a jar: copied first into the data folder, on the same disk.
     */
    private static Path deploy() throws Exception {
        Path jar = Path.of(System.getProperty(EXAMPLE_JAR));
        Path target = Path.of(System.getProperty("karaf.base"), "deploy").resolve(jar.getFileName());
        Path partial = Files.createDirectories(Path.of(System.getProperty("karaf.data"), "tmp"))
                .resolve(jar.getFileName());
        Files.copy(jar, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }
}
