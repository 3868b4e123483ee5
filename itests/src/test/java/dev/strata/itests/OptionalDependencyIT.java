package dev.strata.itests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * ARCHITECTURE.md §2: a provider's optional API is an optional, dynamic, greedy reference. So a
 * provider with an optional scheduler starts without one, and binds a scheduler that the run
 * config adds later without being restarted. The probe bundle serves the provider type {@code
 * test::optional} with the component of {@code OSGI-INF/optional-scheduler-consumer.xml} (see
 * {@link StrataTestSupport#probe}).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OptionalDependencyIT extends StrataTestSupport {

    private static final String CONSUMER_ONLY = """
            providers:
              test_optional:
                - provider_id: consumer
                  provider_type: test::optional
            storage:
              backends:
                kv_default: {type: kv_derby, db_path: kvstore}
            """;

    private static final String WITH_SCHEDULER = CONSUMER_ONLY.replace("storage:", """
              job_scheduler:
                - provider_id: scheduler
                  provider_type: inline::scheduler
                  config:
                    kvstore: {backend: kv_default, namespace: job_scheduler}
            storage:""");

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Test
    public void providerStartsWithoutSchedulerAndBindsOneThatComesLater() throws Exception {
        awaitStarted();
        writeRunConfig(CONSUMER_ONLY);
        OptionalSchedulerConsumer consumer = awaitService(OptionalSchedulerConsumer.class);
        assertThat(consumer.scheduler()).isNull();

        writeRunConfig(WITH_SCHEDULER);

        awaitTrue("the consumer to bind the scheduler", () -> consumer.scheduler() != null);
        assertThat(OptionalSchedulerConsumer.ACTIVATIONS.get())
                .as("activations")
                .isEqualTo(1);
    }
}
