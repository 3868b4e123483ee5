package dev.strata.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.inference.Embeddings;
import dev.strata.api.inference.Inference;
import dev.strata.api.inference.ModelInfo;
import dev.strata.api.inference.TokenSpan;
import dev.strata.api.inference.TokenWindow;
import dev.strata.api.inference.TokenizedText;
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
    void windowsOfATextTokenizedOnceAreEmbeddedAsTheirTexts() {
        TokenizedText text = component.tokenizeText("minilm", "Tokenization of a text, once.");
        List<TokenWindow> windows = List.of(new TokenWindow(0, 2), new TokenWindow(1, 4));

        Embeddings embedded = component.embedWindows(text, windows);

        Embeddings expected =
                component.embed("minilm", windows.stream().map(text::text).toList());
        assertThat(embedded.vector(0)).containsExactly(expected.vector(0));
        assertThat(text.text(windows.get(1))).isEqualTo("ization of a text");
        assertThat(embedded.vector(1)).containsExactly(expected.vector(1));
        assertThat(component.embedWindows(text, List.of()).size()).isZero();
    }

    /** A tokenized text the provider did not make is embedded by the windows' texts. */
    @Test
    void windowsOfAnotherProvidersTextAreEmbeddedAsTheirTexts() {
        Inference plain = new Inference() {
            @Override
            public Embeddings embed(String modelId, List<String> texts) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<ModelInfo> models() {
                return component.models();
            }

            @Override
            public List<TokenSpan> tokenize(String modelId, String text) {
                return component.tokenize(modelId, text);
            }
        };
        TokenizedText foreign = plain.tokenizeText("minilm", "a text of another provider");

        Embeddings embedded = component.embedWindows(foreign, List.of(new TokenWindow(1, 3)));

        assertThat(embedded.vector(0))
                .containsExactly(
                        component.embed("minilm", List.of("text of another")).vector(0));
        assertThatThrownBy(() -> component.embedWindows(null, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> component.embedWindows(foreign, Arrays.asList(new TokenWindow(0, 0), null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("window 1 is null");
    }

    @Test
    void embedsThroughTheService() {
        assertThat(component.embed("minilm", List.of("a", "b")).dimension()).isEqualTo(384);
    }
}
