package dev.strata.stack.runconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.stack.runconfig.RunConfig.ProviderEntry;
import dev.strata.stack.runconfig.RunConfigException.Fault;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunConfigReaderTest {

    private static final String SHIPPED = """
            providers:
              job_scheduler:
                - provider_id: scheduler
                  provider_type: inline::scheduler
                  config:
                    kvstore: {backend: kv_default, namespace: job_scheduler}
                    max_concurrent_jobs: ${env.MAX_JOBS:=10}
            storage:
              backends:
                kv_default: {type: kv_derby, db_path: "${env.STRATA_DATA:=data}/kvstore"}
            """;

    private final Map<String, String> env = new java.util.HashMap<>();
    private final RunConfigReader reader = new RunConfigReader(env::get);

    @Test
    void readsProvidersAndBackends() throws Exception {
        RunConfig config = reader.read("run.yaml", SHIPPED);

        ProviderEntry scheduler = config.providers().get(0);
        assertThat(scheduler.api()).isEqualTo("job_scheduler");
        assertThat(scheduler.providerId()).isEqualTo("scheduler");
        assertThat(scheduler.providerType()).isEqualTo("inline::scheduler");
        assertThat(scheduler.config())
                .containsEntry("kvstore", Map.of("backend", "kv_default", "namespace", "job_scheduler"))
                .containsEntry("max_concurrent_jobs", "10");
        assertThat(scheduler.line()).isEqualTo(3);
        assertThat(config.backends().get("kv_default").type()).isEqualTo("kv_derby");
        assertThat(config.backends().get("kv_default").settings()).containsEntry("db_path", "data/kvstore");
    }

    @Test
    void environmentOverridesDefaults() throws Exception {
        env.put("MAX_JOBS", "4");
        env.put("STRATA_DATA", "/srv/strata");

        RunConfig config = reader.read("run.yaml", SHIPPED);

        assertThat(config.providers().get(0).config()).containsEntry("max_concurrent_jobs", "4");
        assertThat(config.backends().get("kv_default").settings()).containsEntry("db_path", "/srv/strata/kvstore");
    }

    @Test
    void plusReferenceSwitchesAProviderOnAndOff() throws Exception {
        String text = """
                providers:
                  inference:
                    - provider_id: ${env.OPENAI_API_KEY:+openai}
                      provider_type: remote::openai
                """;

        assertThat(reader.read("run.yaml", text).providers()).isEmpty();
        env.put("OPENAI_API_KEY", "sk-test");
        assertThat(reader.read("run.yaml", text).providers())
                .extracting(ProviderEntry::providerId)
                .containsExactly("openai");
    }

    @Test
    void emptyFileHasNothing() throws Exception {
        assertThat(reader.read("run.yaml", "")).isEqualTo(RunConfig.empty());
        assertThat(reader.read("run.yaml", "# only a comment\n").providers()).isEmpty();
        assertThat(reader.read("run.yaml", "providers: {}\n").providers()).isEmpty();
    }

    @Test
    void anUnknownKeyIsRefusedWithTheKeyItLikelyMeant() {
        String top = "version: 1\nprovider: {}\n";
        String entry = "providers:\n  job_scheduler:\n    - {provider_id: s, provider_typ: inline::scheduler}\n";

        assertThat(faults(top))
                .extracting(Fault::toString)
                .containsExactly("line 2, provider: unknown key; did you mean providers? a run config has only apis,"
                        + " image_name, providers, server, storage, version");
        assertThat(faults(entry))
                .extracting(Fault::toString)
                .contains("line 3, providers.job_scheduler[0].provider_typ: unknown key; did you mean provider_type?"
                        + " a provider has only config, provider_id, provider_type");
    }

    @Test
    void syntaxErrorNamesTheLineAndColumnOnOneLine() {
        String text = "version: 1\nproviders:\n  job_scheduler:\n    - config:\n        a: b: c\n";

        assertThat(faults(text))
                .singleElement()
                .hasToString("line 5: not valid YAML at column 13: mapping values are not allowed here");
    }

    @Test
    void aTabIsFoundOnItsOwnLine() {
        assertThat(faults("version: 1\n\tproviders:\n")).singleElement().satisfies(fault -> {
            assertThat(fault.line()).isEqualTo(2);
            assertThat(fault.message())
                    .startsWith("not valid YAML at column 1: ")
                    .contains("TAB");
        });
    }

    @Test
    void anUnclosedBracketNamesTheLineItOpensOn() {
        String text = "providers:\n  job_scheduler:\n    - provider_id: [unclosed\n";

        assertThat(faults(text)).singleElement().satisfies(fault -> {
            assertThat(fault.message()).startsWith("not valid YAML").endsWith("that begins on line 3)");
            assertThat(fault.message()).doesNotContain("\n", "reader");
        });
    }

    @Test
    void unsetRequiredVariableIsAFault() {
        String text = "storage:\n  backends:\n    pg: {type: kv_postgres, password: \"${env.PG_PASSWORD}\"}\n";

        assertThat(faults(text))
                .singleElement()
                .satisfies(fault -> assertThat(fault.toString())
                        .isEqualTo("line 3, storage.backends.pg.password: the environment variable PG_PASSWORD is not"
                                + " set; set it, or give a default with ${env.PG_PASSWORD:=default}"));
    }

    @Test
    void malformedReferenceIsAFault() {
        assertThat(faults("storage:\n  backends:\n    a: {type: kv_derby, db_path: \"${STRATA_DATA}/kv\"}\n"))
                .singleElement()
                .satisfies(fault -> assertThat(fault.message()).contains("'${STRATA_DATA}' is not an environment"));
    }

    @Test
    void everyFaultOfTheFileIsListedWithItsLine() {
        String text = """
                provders: {}
                providers:
                  vector_io:
                    - provider_id: lucene
                      provider_typ: inline::lucene
                    - provider_id: lucene
                      provider_type: inline::lucene
                      config: [1, 2]
                """;

        List<Fault> faults = faults(text);

        assertThat(faults)
                .extracting(Fault::line, Fault::path)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "provders"),
                        org.assertj.core.groups.Tuple.tuple(5, "providers.vector_io[0].provider_typ"),
                        org.assertj.core.groups.Tuple.tuple(4, "providers.vector_io[0]"),
                        org.assertj.core.groups.Tuple.tuple(8, "providers.vector_io[1].config"));
        assertThat(faults.get(2).message())
                .isEqualTo("provider_type is missing; give KIND::NAME, e.g. inline::scheduler");
    }

    @Test
    void duplicateProviderIdIsAFault() {
        String text = """
                providers:
                  files:
                    - {provider_id: disk, provider_type: inline::localfs}
                    - {provider_id: disk, provider_type: inline::localfs}
                """;

        assertThat(faults(text))
                .singleElement()
                .satisfies(fault -> assertThat(fault.toString())
                        .isEqualTo("line 4, providers.files[1]: provider_id 'disk' is used twice under files;"
                                + " give each provider its own id"));
    }

    @Test
    void duplicateKeyIsAFault() {
        assertThat(faults("providers: {}\nproviders: {}\n"))
                .singleElement()
                .satisfies(fault -> assertThat(fault.message()).contains("'providers' is given twice"));
    }

    @Test
    void messageSaysNothingWasChanged() {
        assertThatThrownBy(() -> reader.read("/opt/strata/etc/run.yaml", "providers: 7\n"))
                .isInstanceOf(RunConfigException.class)
                .hasMessage(
                        "/opt/strata/etc/run.yaml is refused; nothing was changed:\n"
                                + "  line 1, providers: expected a map from API name to a list of providers; found the value 7");
    }

    private List<Fault> faults(String text) {
        try {
            reader.read("run.yaml", text);
        } catch (RunConfigException e) {
            return e.faults();
        }
        throw new AssertionError("expected the run config to be refused:\n" + text);
    }
}
