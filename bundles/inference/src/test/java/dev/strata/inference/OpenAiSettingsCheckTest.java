package dev.strata.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.strata.api.stack.SettingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values Metatype sees only as text, which the remote provider refused at activation after the
 * stack had applied them: the check refuses them first, naming the property and the value.
 */
class OpenAiSettingsCheckTest {

    private static final String DURATION = "give a duration such as 500ms, 30s, 5m or PT30S";

    private final OpenAiSettingsCheck check = new OpenAiSettingsCheck();

    @Test
    void theDefaultsPass() {
        assertThatCode(() -> check.check(properties(Map.of()))).doesNotThrowAnyException();
    }

    @Test
    void aMalformedTimeoutIsRefused() {
        assertRefused("timeout", "1 minute", "is '1 minute'; " + DURATION);
    }

    @Test
    void aZeroTimeoutIsRefused() {
        assertRefused("timeout", "0s", "is '0s'; give a duration longer than 0, such as 30s");
    }

    @Test
    void aMalformedConnectTimeoutIsRefused() {
        assertRefused("connect.timeout", "soon", "is 'soon'; " + DURATION);
    }

    @Test
    void aMalformedInitialBackoffIsRefused() {
        assertRefused("retry.initial.backoff", "soon", "is 'soon'; " + DURATION);
    }

    @Test
    void aMaxBackoffInDaysIsRefused() {
        assertRefused("retry.max.backoff", "1d", "is '1d'; " + DURATION);
    }

    @Test
    void aMaxBackoffBelowTheInitialOneIsRefused() {
        SettingException refused = refusal(Map.of("retry.initial.backoff", "5s", "retry.max.backoff", "1s"));

        assertThat(refused.property()).isEqualTo("retry.max.backoff");
        assertThat(refused.problem()).startsWith("is '1s', shorter than the initial backoff '5s'");
    }

    @Test
    void anUnknownEncodingFormatIsRefused() {
        assertRefused("encoding.format", "int8", "is 'int8'; give float or base64");
    }

    @Test
    void aBaseUrlThatIsNoUrlIsRefused() {
        assertRefused(
                "base.url",
                "http://a b",
                "is 'http://a b', which is no URL; give one such as https://api.openai.com/v1");
    }

    @Test
    void aBaseUrlThatIsNotHttpIsRefused() {
        assertThat(refusal(Map.of("base.url", "ftp://x")).problem())
                .startsWith("is 'ftp://x'; give an http or https URL");
    }

    @Test
    void anUnsetKeyVariableIsRefused() {
        SettingException refused = refusal(Map.of("api.key.env", "STRATA_TEST_VARIABLE_NOBODY_SETS"));

        assertThat(refused.property()).isEqualTo("api.key.env");
        assertThat(refused.problem()).startsWith("names STRATA_TEST_VARIABLE_NOBODY_SETS, which is not set");
    }

    @Test
    void aTokenizerPathThatIsNoFileIsRefused(@TempDir Path folder) throws Exception {
        Path missing = folder.resolve("tokenizer.json");
        assertThat(refusal(Map.of("tokenizer.path", missing.toString())).problem())
                .startsWith("is '" + missing + "', which is no file;");

        Files.writeString(missing, "{}");
        assertThatCode(() -> check.check(properties(Map.of("tokenizer.path", missing.toString()))))
                .doesNotThrowAnyException();
    }

    @Test
    void aBlankModelIsRefusedWithTheActivationMessage() {
        assertThatThrownBy(() -> check.check(properties(Map.of("model.id", " "))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model_id of provider 'openai' is blank");
    }

    private void assertRefused(String property, String value, String problem) {
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
        Map<String, Object> properties =
                new HashMap<>(Map.of("provider.id", "openai", "model.id", "m", "dimension", 8));
        properties.putAll(settings);
        return properties;
    }
}
