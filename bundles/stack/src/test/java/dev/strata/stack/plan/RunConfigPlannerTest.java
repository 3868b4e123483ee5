package dev.strata.stack.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.stack.SettingException;
import dev.strata.api.stack.SettingsCheck;
import dev.strata.stack.catalogue.ProviderCatalogue;
import dev.strata.stack.catalogue.ProviderDescriptor;
import dev.strata.stack.runconfig.RunConfig;
import dev.strata.stack.runconfig.RunConfigException;
import dev.strata.stack.runconfig.RunConfigReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunConfigPlannerTest {

    private static final ProviderCatalogue CATALOGUE = ProviderCatalogue.of(List.of(
            descriptor("kv_derby", "kvstore", "dev.strata.kvstore", List.of(), List.of(), List.of()),
            descriptor(
                    "inline::scheduler",
                    "job_scheduler",
                    "dev.strata.scheduler",
                    List.of("kvstore"),
                    List.of(),
                    List.of()),
            descriptor("inline::onnx", "inference", "dev.strata.inference.onnx", List.of(), List.of(), List.of()),
            descriptor(
                    "inline::lucene",
                    "vector_io",
                    "dev.strata.vectorio",
                    List.of("inference", "kvstore"),
                    List.of("job_scheduler"),
                    List.of("vector_store_file_batch"))));

    private static final String STACK = """
            providers:
              vector_io:
                - provider_id: lucene
                  provider_type: inline::lucene
                  config:
                    kvstore: {backend: kv_default, namespace: vector_io}
                    embedding: {provider: minilm}
              job_scheduler:
                - provider_id: scheduler
                  provider_type: inline::scheduler
                  config:
                    kvstore: {backend: kv_default, namespace: job_scheduler}
                    max_concurrent_jobs: 4
                    retry: {max_attempts: 3, initial_backoff: 1s}
                    timeouts: [10, 20]
              inference:
                - provider_id: minilm
                  provider_type: inline::onnx
            storage:
              backends:
                kv_default: {type: kv_derby, db_path: /srv/kv}
            """;

    private final RunConfigPlanner planner = new RunConfigPlanner(CATALOGUE);

    @Test
    void plansProvidersAndTheirKvStoresInDependencyOrder() throws Exception {
        ConfigurationPlan plan = plan(STACK);

        assertThat(plan.configurations())
                .extracting(PlannedConfiguration::key)
                .containsExactly(
                        "kvstore/kv_default.vector_io",
                        "inference/minilm",
                        "vector_io/lucene",
                        "kvstore/kv_default.job_scheduler",
                        "job_scheduler/scheduler");
    }

    @Test
    void kvReferenceBecomesATargetFilterAndAStoreConfiguration() throws Exception {
        ConfigurationPlan plan = plan(STACK);

        assertThat(configuration(plan, "job_scheduler/scheduler").properties())
                .containsEntry("kvstore.target", "(provider.id=kv_default.job_scheduler)")
                .containsEntry("provider.id", "scheduler")
                .containsEntry("provider.type", "inline::scheduler")
                .containsEntry("strata.source", "run.yaml");
        PlannedConfiguration store = configuration(plan, "kvstore/kv_default.job_scheduler");
        assertThat(store.factoryPid()).isEqualTo("dev.strata.kvstore");
        assertThat(store.properties())
                .containsEntry("provider.id", "kv_default.job_scheduler")
                .containsEntry("provider.type", "kv_derby")
                .containsEntry("namespace", "job_scheduler")
                .containsEntry("db.path", "/srv/kv");
    }

    @Test
    void settingsBecomeConfigurationAdminValues() throws Exception {
        Map<String, Object> properties =
                configuration(plan(STACK), "job_scheduler/scheduler").properties();

        assertThat(properties)
                .containsEntry("max.concurrent.jobs", 4L)
                .containsEntry("retry.max.attempts", 3L)
                .containsEntry("retry.initial.backoff", "1s");
        assertThat((Long[]) properties.get("timeouts")).containsExactly(10L, 20L);
    }

    @Test
    void schedulerWaitsForTheJobTypesOfConfiguredProviders() throws Exception {
        Object required = configuration(plan(STACK), "job_scheduler/scheduler")
                .properties()
                .get("required.executors");

        assertThat((String[]) required).containsExactly("vector_store_file_batch");
    }

    @Test
    void explicitRequiredExecutorsAreKept() throws Exception {
        String text = STACK.replace("max_concurrent_jobs: 4", "required_executors: [word_count]");

        Object required = configuration(plan(text), "job_scheduler/scheduler")
                .properties()
                .get("required.executors");

        assertThat((String[]) required).containsExactly("word_count");
    }

    @Test
    void secretsStayOffServiceProperties() throws Exception {
        String text = STACK.replace("db_path: /srv/kv", "url: jdbc:postgresql://db/test, password: hunter2");

        assertThat(configuration(plan(text), "kvstore/kv_default.job_scheduler").properties())
                .containsEntry(".password", "hunter2")
                .doesNotContainKey("password");
    }

    @Test
    void unknownApiAndTypeAreRefusedWithWhatIsKnown() {
        String text = """
                providers:
                  vectorio:
                    - {provider_id: a, provider_type: inline::lucene}
                  inference:
                    - {provider_id: b, provider_type: inline::onxx}
                    - {provider_id: c, provider_type: inline::lucene}
                """;

        assertThat(faults(text))
                .containsExactly(
                        "line 3, providers.vectorio: unknown API 'vectorio'; did you mean vector_io? installed bundles"
                                + " serve inference,"
                                + " job_scheduler, vector_io",
                        "line 5, providers.inference.provider_type: unknown provider type 'inline::onxx'; did you"
                                + " mean inline::onnx? for inference installed bundles serve inline::onnx",
                        "line 6, providers.inference.provider_type: 'inline::lucene' serves vector_io, not inference;"
                                + " list it under providers.vector_io");
    }

    @Test
    void unknownBackendIsRefused() {
        String text = STACK.replace("{backend: kv_default, namespace: job_scheduler}", "{backend: kv_main}");

        assertThat(faults(text))
                .containsExactly(
                        "line 12, providers.job_scheduler[0].config.kvstore.backend: unknown backend 'kv_main';"
                                + " storage.backends has kv_default");
    }

    @Test
    void aBackendOfAnUnknownTypeIsRefusedEvenIfNoProviderUsesIt() {
        String text = STACK + "    kv_spare: {type: kv_nope}\n";

        assertThat(faults(text))
                .containsExactly("line 22, storage.backends.kv_spare.type: unknown backend type 'kv_nope'; installed"
                        + " bundles serve kv_derby");
    }

    @Test
    void missingRequiredApiIsRefused() {
        String text = """
                providers:
                  vector_io:
                    - provider_id: lucene
                      provider_type: inline::lucene
                      config:
                        kvstore: {backend: kv_default}
                storage:
                  backends:
                    kv_default: {type: kv_derby}
                """;

        assertThat(faults(text))
                .containsExactly("line 3, providers.vector_io: provider 'lucene' (inline::lucene) needs a provider of"
                        + " inference; add one under providers.inference");
    }

    @Test
    void dependencyCycleIsRefused() {
        ProviderCatalogue cyclic = ProviderCatalogue.of(List.of(
                descriptor("inline::a", "alpha", "a", List.of("beta"), List.of(), List.of()),
                descriptor("inline::b", "beta", "b", List.of("alpha"), List.of(), List.of())));
        String text = """
                providers:
                  alpha:
                    - {provider_id: a, provider_type: inline::a}
                  beta:
                    - {provider_id: b, provider_type: inline::b}
                """;

        assertThat(faults(new RunConfigPlanner(cyclic), text))
                .containsExactly("line 3, providers.alpha: dependency cycle: alpha/a -> beta/b -> alpha/a; one of them"
                        + " must not need the next");
    }

    private static final SettingsSchema SCHEDULER_SCHEMA = new SettingsSchema(List.of(
            setting("max.concurrent.jobs", SettingsSchema.Kind.INTEGER, false, false, true),
            setting("required.executors", SettingsSchema.Kind.TEXT, true, false, true),
            setting("retry.max.attempts", SettingsSchema.Kind.INTEGER, false, false, true),
            new SettingsSchema.Setting(
                    "retry.initial.backoff",
                    SettingsSchema.Kind.TEXT,
                    false,
                    false,
                    true,
                    List.of(),
                    text -> text.matches("\\d+[smh]") ? null : "write a duration such as 30s or 5m"),
            setting("timeouts", SettingsSchema.Kind.TEXT, true, false, true),
            setting("retention", SettingsSchema.Kind.TEXT, false, false, true),
            setting("node.name", SettingsSchema.Kind.TEXT, false, true, false)));

    private final RunConfigPlanner checking = new RunConfigPlanner(
            CATALOGUE,
            descriptor -> descriptor.type().equals("inline::scheduler")
                    ? java.util.Optional.of(SCHEDULER_SCHEMA)
                    : java.util.Optional.empty());

    @Test
    void settingsAreCheckedAgainstTheSchemaAndConverted() throws Exception {
        String text = STACK.replace("max_concurrent_jobs: 4", "max_concurrent_jobs: \"4\"\n        node_name: a");

        Map<String, Object> properties = checking.plan("run.yaml", read(text)).configurations().stream()
                .filter(configuration -> configuration.name().equals("scheduler"))
                .findFirst()
                .orElseThrow()
                .properties();

        assertThat(properties).containsEntry("max.concurrent.jobs", 4).containsEntry("node.name", "a");
        assertThat((String[]) properties.get("timeouts")).containsExactly("10", "20");
    }

    @Test
    void schemaFaultsNameTheSettingAndTheFix() {
        String text = STACK.replace("max_concurrent_jobs: 4", "max_concurent_jobs: 4")
                .replace("max_attempts: 3", "max_attempts: three")
                .replace("initial_backoff: 1s", "initial_backoff: soon");

        assertThat(faults(checking, text))
                .containsExactly(
                        "line 13, providers.job_scheduler[0].config.max_concurent_jobs: unknown setting; did you mean"
                                + " max_concurrent_jobs? inline::scheduler takes max_concurrent_jobs, required_executors, retry_max_attempts,"
                                + " retry_initial_backoff, timeouts, retention, node_name",
                        "line 14, providers.job_scheduler[0].config.retry_max_attempts: is 'three'; give a whole number",
                        "line 14, providers.job_scheduler[0].config.retry_initial_backoff: is 'soon'; write a duration"
                                + " such as 30s or 5m",
                        "line 9, providers.job_scheduler[0].config: the setting node_name is missing; it has no"
                                + " default, so give it under config");
    }

    /** Stands for the scheduler bundle's check: it refuses the retention 7 days, as activation does. */
    private static final SettingsCheck RETENTION_CHECK = properties -> {
        if ("7 days".equals(properties.get("retention"))) {
            throw new SettingException("retention", "is '7 days'; give a duration such as 30s, 5m, 7d or PT30S");
        }
    };

    @Test
    void aValueTheProviderRefusesRefusesTheFileNamingThePathAndTheValue() {
        String text = STACK.replace("max_concurrent_jobs: 4", "node_name: a\n        retention: 7 days");

        assertThat(faults(withChecks(RETENTION_CHECK), text))
                .containsExactly("line 14, providers.job_scheduler[0].config.retention: is '7 days'; give a duration"
                        + " such as 30s, 5m, 7d or PT30S");
    }

    @Test
    void providerChecksSeeTheConvertedPropertiesOfTheirFactoryPidOnly() throws Exception {
        List<Map<String, Object>> seen = new ArrayList<>();
        String text = STACK.replace("max_concurrent_jobs: 4", "max_concurrent_jobs: \"4\"\n        node_name: a");

        withChecks(seen::add).plan("run.yaml", read(text));

        assertThat(seen)
                .singleElement()
                .satisfies(properties -> assertThat(properties)
                        .containsEntry("provider.id", "scheduler")
                        .containsEntry("max.concurrent.jobs", 4)
                        .containsEntry("kvstore.target", "(provider.id=kv_default.job_scheduler)"));
    }

    @Test
    void providerChecksRunOnlyOnSettingsOfTheRightKind() {
        List<Map<String, Object>> seen = new ArrayList<>();
        String text = STACK.replace("max_attempts: 3", "max_attempts: three");

        assertThat(faults(withChecks(seen::add), text)).hasSize(2);
        assertThat(seen).isEmpty();
    }

    @Test
    void aCheckRefusingTheWholeConfigurationNamesItsConfigPath() {
        SettingsCheck check = properties -> {
            throw new IllegalArgumentException("retry.max.backoff 1m is shorter than the initial backoff 5m");
        };

        assertThat(faults(withChecks(check), STACK.replace("max_concurrent_jobs: 4", "node_name: a")))
                .containsExactly("line 9, providers.job_scheduler[0].config: retry.max.backoff 1m is shorter than"
                        + " the initial backoff 5m");
    }

    @Test
    void aBackendFaultIsReportedOnceForAllItsNamespaces() {
        SettingsCheck poolCheck = properties -> {
            throw new SettingException("pool.size", "is 500; give 1 to 100");
        };
        RunConfigPlanner planner = new RunConfigPlanner(
                CATALOGUE,
                descriptor -> Optional.empty(),
                factoryPid -> factoryPid.equals("dev.strata.kvstore") ? List.of(poolCheck) : List.of());

        assertThat(faults(planner, STACK))
                .containsExactly("line 21, storage.backends.kv_default.pool_size: is 500; give 1 to 100");
    }

    private static RunConfigPlanner withChecks(SettingsCheck check) {
        return new RunConfigPlanner(
                CATALOGUE,
                descriptor -> descriptor.type().equals("inline::scheduler")
                        ? Optional.of(SCHEDULER_SCHEMA)
                        : Optional.empty(),
                factoryPid -> factoryPid.equals("dev.strata.scheduler") ? List.of(check) : List.of());
    }

    private static SettingsSchema.Setting setting(
            String id, SettingsSchema.Kind kind, boolean multiple, boolean required, boolean hasDefault) {
        return new SettingsSchema.Setting(id, kind, multiple, required, hasDefault, List.of(), null);
    }

    private ConfigurationPlan plan(String text) throws RunConfigException {
        return planner.plan("run.yaml", read(text));
    }

    private List<String> faults(String text) {
        return faults(planner, text);
    }

    private static List<String> faults(RunConfigPlanner planner, String text) {
        try {
            planner.plan("run.yaml", read(text));
        } catch (RunConfigException e) {
            return e.faults().stream().map(Object::toString).toList();
        }
        throw new AssertionError("expected the plan to be refused");
    }

    private static RunConfig read(String text) throws RunConfigException {
        return new RunConfigReader(name -> null).read("run.yaml", text);
    }

    private static PlannedConfiguration configuration(ConfigurationPlan plan, String key) {
        return plan.configurations().stream()
                .filter(configuration -> configuration.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static ProviderDescriptor descriptor(
            String type, String api, String pid, List<String> requires, List<String> optional, List<String> executes) {
        return new ProviderDescriptor(type, api, pid, requires, optional, executes, "test.bundle");
    }
}
