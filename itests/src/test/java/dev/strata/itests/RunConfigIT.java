package dev.strata.itests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.kvstore.KVStore;
import dev.strata.api.scheduler.JobScheduler;
import dev.strata.api.stack.RunConfigReport;
import dev.strata.api.stack.RunConfigStatus;
import java.util.Collection;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Editing {@code etc/run.yaml} while Strata runs: providers appear, a bad file is refused and
 * changes nothing, removed providers go. The probe bundle declares the provider type {@code
 * test::echo}, which needs a KV store (see {@link StrataTestSupport#probe}), so the test sees the
 * whole way from the file to a running KV store.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RunConfigIT extends StrataTestSupport {

    private static final String ECHO_PID = ECHO_FACTORY_PID;

    private static final String WITH_ECHO = """
            providers:
              test_api:
                - provider_id: echo
                  provider_type: test::echo
                  config:
                    kvstore: {backend: kv_default, namespace: itest}
                    greeting: hello
            storage:
              backends:
                kv_default: {type: kv_derby, db_path: kvstore}
            """;

    private static final String WITH_SCHEDULER = """
            providers:
              job_scheduler:
                - provider_id: scheduler
                  provider_type: inline::scheduler
                  config:
                    kvstore: {backend: kv_default, namespace: job_scheduler}
                    retention: 7d
            storage:
              backends:
                kv_default: {type: kv_derby, db_path: kvstore}
            """;

    @Inject
    RunConfigStatus runConfig;

    @Inject
    ConfigurationAdmin configurationAdmin;

    @Inject
    BundleContext context;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Test
    public void providerInTheFileGetsItsConfigurationAndKvStore() throws Exception {
        awaitStarted();

        writeRunConfig(WITH_ECHO);

        awaitTrue(
                "the KV store kv_default.itest",
                () -> !kvStores("kv_default.itest").isEmpty());
        var echo = configurationAdmin.getConfiguration(ECHO_PID + "~echo", "?").getProperties();
        assertThat(echo.get("greeting")).isEqualTo("hello");
        assertThat(echo.get("kvstore.target")).isEqualTo("(provider.id=kv_default.itest)");
        assertThat(console("stack:providers"))
                .contains("kv_default.itest")
                .contains("kvstore/kv_default.itest")
                .contains("test::echo");
    }

    @Test
    public void badFileIsRefusedAndChangesNothing() throws Exception {
        awaitStarted();
        writeRunConfig(WITH_ECHO);
        awaitTrue(
                "the KV store kv_default.itest",
                () -> !kvStores("kv_default.itest").isEmpty());

        writeRunConfig(WITH_ECHO.replace("{backend: kv_default, namespace: itest}", "{backend: kv_typo}"));

        awaitTrue("the refusal", () -> runConfig.report().refusal() != null);
        RunConfigReport report = runConfig.report();
        assertThat(report.refusal())
                .contains("line 6, providers.test_api[0].config.kvstore.backend: unknown backend 'kv_typo'");
        assertThat(report.providers()).extracting("providerId").contains("echo", "kv_default.itest");
        assertThat(kvStores("kv_default.itest")).hasSize(1);
        assertThat(console("stack:config")).contains("unknown backend 'kv_typo'");

        // Backend settings are checked against the KV store's Metatype description.
        writeRunConfig(WITH_ECHO.replace("db_path: kvstore", "db_path: kvstore, pool_size: many"));

        awaitTrue(
                "the second refusal",
                () -> String.valueOf(runConfig.report().refusal()).contains("pool_size"));
        assertThat(runConfig.report().refusal())
                .contains("storage.backends.kv_default.pool_size: is 'many'; give a whole number");
        assertThat(kvStores("kv_default.itest")).hasSize(1);
    }

    /**
     * A value Metatype sees only as text, which the scheduler's activation would refuse: the
     * scheduler bundle's settings check refuses the file, and the scheduler that ran keeps
     * running under the configuration it had.
     */
    @Test
    public void aSchedulerSettingTheSchedulerWouldRefuseRefusesTheFile() throws Exception {
        awaitStarted();
        writeRunConfig(WITH_SCHEDULER);
        awaitTrue("the scheduler", () -> schedulers().size() == 1);
        Object running = schedulers().iterator().next().getProperty("service.id");

        writeRunConfig(WITH_SCHEDULER.replace("retention: 7d", "retention: 7 days"));

        awaitTrue(
                "the refusal",
                () -> String.valueOf(runConfig.report().refusal()).contains("retention"));
        assertThat(runConfig.report().refusal())
                .contains("line 7, providers.job_scheduler[0].config.retention: is '7 days'; give a duration such as"
                        + " 30s, 5m, 7d or PT30S");
        assertThat(console("stack:config")).contains("providers.job_scheduler[0].config.retention: is '7 days'");
        assertThat(schedulers())
                .extracting(reference -> reference.getProperty("service.id"))
                .containsExactly(running);
        assertThat(configurationAdmin
                        .getConfiguration("dev.strata.scheduler~scheduler", "?")
                        .getProperties()
                        .get("retention"))
                .isEqualTo("7d");
        assertThat(runConfig.report().providers())
                .filteredOn(provider -> provider.providerId().equals("scheduler"))
                .extracting("state")
                .containsExactly("active");
    }

    /**
     * Removing a provider and putting it back, at once, the way an operator undoes an edit: it
     * runs again under the same PID as a factory configuration, not as a plain one.
     */
    @Test
    public void providerRemovedFromTheFileStopsAndComesBackWhenAddedAgain() throws Exception {
        awaitStarted();
        writeRunConfig(WITH_ECHO);
        awaitTrue(
                "the KV store kv_default.itest",
                () -> !kvStores("kv_default.itest").isEmpty());

        writeRunConfig("providers: {}\n");

        awaitTrue("the KV store to go", () -> kvStores("kv_default.itest").isEmpty());
        // the stack deletes the provider's configurations one by one, so the echo one may go last
        awaitTrue("the echo configuration to go", () -> echoConfigurations() == null);
        assertThat(runConfig.report().providers()).isEmpty();

        writeRunConfig(WITH_ECHO);

        awaitTrue(
                "the KV store kv_default.itest to come back",
                () -> !kvStores("kv_default.itest").isEmpty());
        org.osgi.service.cm.Configuration kvStore =
                configurationAdmin.getConfiguration("dev.strata.kvstore~kv_default.itest", "?");
        assertThat(kvStore.getFactoryPid()).isEqualTo("dev.strata.kvstore");
    }

    private Collection<ServiceReference<KVStore>> kvStores(String id) {
        try {
            return context.getServiceReferences(KVStore.class, "(provider.id=" + id + ")");
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Collection<ServiceReference<JobScheduler>> schedulers() {
        try {
            return context.getServiceReferences(JobScheduler.class, "(provider.id=scheduler)");
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private org.osgi.service.cm.Configuration[] echoConfigurations() {
        try {
            return configurationAdmin.listConfigurations("(service.factoryPid=" + ECHO_PID + ")");
        } catch (java.io.IOException | org.osgi.framework.InvalidSyntaxException e) {
            throw new AssertionError("cannot list the echo configurations", e);
        }
    }
}
