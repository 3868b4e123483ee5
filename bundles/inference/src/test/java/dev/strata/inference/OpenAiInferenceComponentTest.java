package dev.strata.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.inference.openai.EncodingFormat;
import dev.strata.inference.openai.OpenAiSettings;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class OpenAiInferenceComponentTest {

    private static final UnaryOperator<String> NO_ENVIRONMENT = name -> null;

    @Test
    void defaultsReachOpenAiWithFloatVectors() {
        OpenAiSettings settings = OpenAiInferenceComponent.settings(config(Map.of()), NO_ENVIRONMENT);

        assertThat(settings.endpoint()).isEqualTo(URI.create("https://api.openai.com/v1/embeddings"));
        assertThat(settings.encodingFormat()).isEqualTo(EncodingFormat.FLOAT);
        assertThat(settings.apiKey()).isEmpty();
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.retry().maxAttempts()).isEqualTo(4);
        assertThat(settings.retry().initialBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.tokenizerPath()).isEmpty();
    }

    @Test
    void aTrailingSlashOfTheBaseUrlIsNotDoubled() {
        OpenAiSettings settings = OpenAiInferenceComponent.settings(
                config(Map.of("base_url", "http://127.0.0.1:11434/v1/")), NO_ENVIRONMENT);

        assertThat(settings.endpoint()).isEqualTo(URI.create("http://127.0.0.1:11434/v1/embeddings"));
    }

    @Test
    void theApiKeyComesFromTheConfigurationOrTheVariableItNames() {
        assertThat(OpenAiInferenceComponent.apiKey("p", "sk-config", "", NO_ENVIRONMENT))
                .contains("sk-config");
        assertThat(OpenAiInferenceComponent.apiKey("p", "", "MY_KEY", Map.of("MY_KEY", "sk-env")::get))
                .contains("sk-env");
        assertThat(OpenAiInferenceComponent.apiKey("p", "", "", NO_ENVIRONMENT)).isEqualTo(Optional.empty());
    }

    @Test
    void anUnsetKeyVariableIsRefusedByName() {
        assertThatThrownBy(() -> OpenAiInferenceComponent.apiKey("p", "", "MY_KEY", NO_ENVIRONMENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("api.key.env names MY_KEY, which is not set");
    }

    @Test
    void bothAKeyAndAKeyVariableAreRefused() {
        assertThatThrownBy(() -> OpenAiInferenceComponent.apiKey("p", "sk", "MY_KEY", NO_ENVIRONMENT))
                .hasMessageContaining("give one of them");
    }

    @Test
    void badSettingsAreRefusedByName() {
        assertThatThrownBy(
                        () -> OpenAiInferenceComponent.settings(config(Map.of("base_url", "ftp://x")), NO_ENVIRONMENT))
                .hasMessageContaining("base.url is 'ftp://x'");
        assertThatThrownBy(() -> OpenAiInferenceComponent.settings(config(Map.of("timeout", "soon")), NO_ENVIRONMENT))
                .hasMessageContaining("timeout is 'soon'");
        assertThatThrownBy(() ->
                        OpenAiInferenceComponent.settings(config(Map.of("encoding_format", "int8")), NO_ENVIRONMENT))
                .hasMessageContaining("encoding.format is 'int8'; give float or base64");
        assertThatThrownBy(() -> OpenAiInferenceComponent.settings(config(Map.of("dimension", 0)), NO_ENVIRONMENT))
                .hasMessageContaining("dimension of provider 'openai' is 0");
    }

    private static OpenAiConfig config(Map<String, Object> overrides) {
        Map<String, Object> values = new HashMap<>(Map.of("provider_id", "openai", "model_id", "m", "dimension", 8));
        values.putAll(overrides);
        return Configs.of(OpenAiConfig.class, values);
    }
}
