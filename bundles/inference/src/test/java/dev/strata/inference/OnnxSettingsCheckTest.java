package dev.strata.inference;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OnnxSettingsCheckTest {

    private final OnnxSettingsCheck check = new OnnxSettingsCheck();

    @Test
    void theDefaultsPass() {
        assertThatCode(() -> check.check(Map.of("provider.id", "onnx"))).doesNotThrowAnyException();
    }

    @Test
    void aBlankModelIdIsRefused() {
        assertThatThrownBy(() -> check.check(Map.of("provider.id", "onnx", "model.id", " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model_id of provider 'onnx' is blank");
    }

    @Test
    void tooManyInputTokensAreRefused() {
        assertThatThrownBy(() -> check.check(Map.of("provider.id", "onnx", "max.input.tokens", 600)))
                .hasMessageContaining("max_input_tokens of provider 'onnx' is 600; use 1 to 510");
    }
}
