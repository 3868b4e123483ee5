package dev.strata.scheduler.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.strata.api.stack.SettingException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Values Metatype sees only as text or as any number, which the scheduler refused at activation
 * after the stack had applied them: the check refuses them first, naming the property and value.
 */
class SchedulerSettingsCheckTest {

    private final SchedulerSettingsCheck check = new SchedulerSettingsCheck();

    @Test
    void theDefaultsAndAFullConfigurationPass() {
        assertThatCode(() -> check.check(properties(Map.of()))).doesNotThrowAnyException();
        assertThatCode(() -> check.check(properties(Map.of(
                        "max.concurrent.jobs",
                        4,
                        "retry.initial.backoff",
                        "2s",
                        "retry.max.backoff",
                        "PT1M",
                        "retry.multiplier",
                        1.0,
                        "retry.jitter",
                        0.0,
                        "retention",
                        "1d",
                        "shutdown.grace",
                        "0s",
                        "timeouts",
                        new String[] {"word_count=10m"}))))
                .doesNotThrowAnyException();
    }

    @Test
    void aMalformedRetentionIsRefused() {
        assertRefused("retention", "7 days", "is '7 days'; give a duration such as 30s, 5m, 7d or PT30S");
    }

    @Test
    void aMalformedShutdownGraceIsRefused() {
        assertRefused("shutdown.grace", "soon", "is 'soon'; give a duration such as 30s, 5m, 7d or PT30S");
    }

    @Test
    void aMalformedInitialBackoffIsRefused() {
        assertRefused("retry.initial.backoff", "soon", "is 'soon'; give a duration such as 30s, 5m, 7d or PT30S");
    }

    @Test
    void aMaxBackoffInWeeksIsRefused() {
        assertRefused("retry.max.backoff", "1 week", "is '1 week'; give a duration such as 30s, 5m, 7d or PT30S");
    }

    @Test
    void aZeroRetentionIsRefused() {
        assertRefused("retention", "0s", "is '0s'; give a duration longer than 0, such as 30s");
    }

    @Test
    void aMaxBackoffBelowTheInitialOneIsRefused() {
        SettingException refused = refusal(Map.of("retry.initial.backoff", "5m", "retry.max.backoff", "1m"));

        assertThat(refused.property()).isEqualTo("retry.max.backoff");
        assertThat(refused.problem()).startsWith("is '1m', shorter than the initial backoff '5m'");
    }

    @Test
    void aTimeoutThatIsNoDurationIsRefused() {
        SettingException refused = refusal(Map.of("timeouts", new String[] {"word_count=forever"}));

        assertThat(refused.property()).isEqualTo("timeouts");
        assertThat(refused.problem()).startsWith("has the entry 'word_count=forever', whose duration is 'forever';");
    }

    @Test
    void aTimeoutWithoutEqualsSignIsRefused() {
        SettingException refused = refusal(Map.of("timeouts", new String[] {"no-equals-sign"}));

        assertThat(refused.property()).isEqualTo("timeouts");
        assertThat(refused.problem())
                .isEqualTo("has the entry 'no-equals-sign'; write TYPE=DURATION, such as vector_store_file_batch=1h");
    }

    @Test
    void aMultiplierBelowOneIsRefused() {
        assertRefused("retry.multiplier", 0.5, "is 0.5; give 1 or more, such as 2");
    }

    @Test
    void aJitterAboveOneIsRefused() {
        assertRefused("retry.jitter", 1.5, "is 1.5; give a share from 0 to 1, such as 0.2");
    }

    @Test
    void aConcurrencyOfZeroIsRefused() {
        assertRefused("max.concurrent.jobs", 0, "is 0; give 1 or more");
    }

    private void assertRefused(String property, Object value, String problem) {
        SettingException refused = refusal(Map.of(property, value));

        assertThat(refused.property()).isEqualTo(property);
        assertThat(refused.problem()).isEqualTo(problem);
    }

    private SettingException refusal(Map<String, Object> settings) {
        SettingException refused =
                catchThrowableOfType(SettingException.class, () -> check.check(properties(settings)));
        assertThat(refused).as("the check refuses %s", settings).isNotNull();
        return refused;
    }

    private static Map<String, Object> properties(Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("provider.id", "scheduler");
        properties.put("provider.type", SchedulerCore.PROVIDER_TYPE);
        return properties;
    }
}
