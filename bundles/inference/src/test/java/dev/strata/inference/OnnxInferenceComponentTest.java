package dev.strata.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.inference.ModelInfo;
import dev.strata.api.inference.UnknownModelException;
import dev.strata.inference.onnx.OnnxSettings;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxInferenceComponentTest {

    private static OnnxInferenceComponent component;

    @BeforeAll
    static void activate() {
        component = new OnnxInferenceComponent(new OnnxSettings("onnx", "minilm", 8, 128, 0));
    }

    @AfterAll
    static void deactivate() throws Exception {
        component.deactivate();
    }

    @Test
    void listsItsModelWithDimensionAndLimit() {
        assertThat(component.models()).containsExactly(new ModelInfo("minilm", 384, 128, "onnx"));
    }

    @Test
    void noTextsGiveAnEmptyResult() {
        assertThat(component.embed("minilm", List.of()).size()).isZero();
        assertThat(component.tokenize("minilm", "")).isEmpty();
    }

    @Test
    void anUnknownModelIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> component.embed("gpt", List.of("x")))
                .isInstanceOfSatisfying(
                        UnknownModelException.class,
                        e -> assertThat(e.knownModels()).containsExactly("minilm"));
        assertThatThrownBy(() -> component.tokenize("gpt", "x")).isInstanceOf(UnknownModelException.class);
    }

    @Test
    void nullArgumentsAreRefused() {
        assertThatThrownBy(() -> component.embed(null, List.of("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> component.embed("minilm", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> component.embed("minilm", Arrays.asList("x", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text 1 is null");
        assertThatThrownBy(() -> component.tokenize("minilm", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void embedsThroughTheService() {
        assertThat(component.embed("minilm", List.of("a", "b")).dimension()).isEqualTo(384);
    }
}
