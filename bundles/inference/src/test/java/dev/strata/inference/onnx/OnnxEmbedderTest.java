package dev.strata.inference.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.strata.api.inference.Embeddings;
import dev.strata.api.inference.InferenceException;
import dev.strata.api.inference.TokenSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnnxEmbedderTest {

    private final OnnxEmbedder embedder = SharedEmbedder.get();

    @Test
    void similarSentencesScoreHigherThanUnrelatedOnes() {
        Embeddings result = embedder.embed(List.of(
                "The cat sits on the mat.",
                "A kitten is resting on the rug.",
                "Quarterly revenue grew by eight percent.",
                "Interest rates rose again this spring."));

        double cats = Vectors.cosine(result.vector(0), result.vector(1));
        double finance = Vectors.cosine(result.vector(2), result.vector(3));
        double catAndRevenue = Vectors.cosine(result.vector(0), result.vector(2));
        double kittenAndRates = Vectors.cosine(result.vector(1), result.vector(3));

        assertThat(cats).isGreaterThan(catAndRevenue + 0.3).isGreaterThan(kittenAndRates + 0.3);
        assertThat(finance).isGreaterThan(catAndRevenue).isGreaterThan(kittenAndRates);
    }

    @Test
    void vectorsHave384DimensionsAndLengthOne() {
        Embeddings result = embedder.embed(List.of("one", "two words", ""));

        assertThat(result.modelId()).isEqualTo("all-MiniLM-L6-v2");
        assertThat(result.dimension()).isEqualTo(384);
        for (float[] vector : result.vectors()) {
            assertThat(Vectors.length(vector)).isCloseTo(1.0, within(1e-5));
        }
    }

    @Test
    void promptTokensCountEveryTokenTheModelRead() {
        // [CLS] hello world [SEP] and [CLS] [SEP]
        assertThat(embedder.embed(List.of("hello world", "")).promptTokens()).isEqualTo(6);
    }

    /** langchain4j's own model class reads the same files one text at a time: the reference. */
    @Test
    void vectorsMatchLangchain4jsModelClass() {
        List<String> texts = List.of(
                "Strata runs durable jobs.",
                "Embeddings turn text into vectors that can be compared.",
                "ONNX Runtime executes the quantized model on the CPU, batch by batch.");
        AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel();

        Embeddings result = embedder.embed(texts);

        for (int i = 0; i < texts.size(); i++) {
            float[] expected = reference.embed(texts.get(i)).content().vector();
            assertThat(Vectors.cosine(result.vector(i), expected)).isGreaterThan(0.99999);
        }
    }

    /** Every token counts, past the 128 positions langchain4j's tokenizer settings cut at. */
    @Test
    void aTextOfMoreThan128TokensIsReadWhole() {
        String head = "The cat sleeps on the warm mat by the fire. ".repeat(12);
        String tail = "Quarterly revenue grew while interest rates rose again. ".repeat(12);

        Embeddings result = embedder.embed(List.of(head, head + tail));

        assertThat(result.promptTokens()).isGreaterThan(2 * 128);
        assertThat(Vectors.cosine(result.vector(0), result.vector(1))).isLessThan(0.9);
    }

    /** With batch size 1 a text's vector never depends on the texts beside it. */
    @Test
    void aTextGetsTheSameVectorAloneAndAmongOthers() {
        String shortText = "short";
        float[] alone = embedder.embed(List.of(shortText)).vector(0);

        Embeddings among = embedder.embed(List.of("a considerably longer text beside it", shortText, "mid length"));

        assertThat(among.vector(1)).containsExactly(alone);
    }

    /**
     * Batches of similar length are run together and put back in the texts' order; padding and
     * the batch's shared quantization scale move each vector only a little.
     */
    @Test
    void batchedTextsComeBackInTheirOrderCloseToTheirVectorsAlone() throws Exception {
        List<String> texts = List.of(
                "apples and pears",
                "the stock market fell sharply on monday",
                "a cat",
                "rain is expected over the weekend in the north of the country",
                "durable job scheduling",
                "football",
                "how do I reset my password for the web console of the server",
                "tea",
                "quantum computers");
        try (OnnxEmbedder batched = OnnxEmbedder.open(new OnnxSettings("batched", "m", 4, 256, 0))) {
            Embeddings all = batched.embed(texts);

            for (int i = 0; i < texts.size(); i++) {
                float[] alone = embedder.embed(List.of(texts.get(i))).vector(0);
                assertThat(Vectors.cosine(all.vector(i), alone)).isGreaterThan(0.97);
            }
        }
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedWithIndexCountAndLimit() {
        String tooLong = "word ".repeat(300);

        assertThatThrownBy(() -> embedder.embed(List.of("fine", tooLong)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text 1 has 300 tokens")
                .hasMessageContaining("reads at most 256");
    }

    @Test
    void tokenizeGivesTheSpansOfTheTextsOwnTokens() {
        String text = "Hello, wörld \uD83D\uDE00 tokenization!";

        List<TokenSpan> spans = embedder.tokenize(text);

        assertThat(spans.stream().map(span -> text.substring(span.start(), span.end())))
                .containsExactly("Hello", ",", "wörld", "\uD83D\uDE00", "token", "ization", "!");
    }

    @Test
    void aTextOfExactlyTheLimitIsAccepted() {
        String text = "word ".repeat(256);

        assertThat(embedder.tokenize(text)).hasSize(256);
        assertThat(embedder.embed(List.of(text)).size()).isEqualTo(1);
    }

    @Test
    void aClosedEmbedderRefusesCalls() throws Exception {
        OnnxEmbedder own = OnnxEmbedder.open(new OnnxSettings("closing", "m", 2, 16, 1));
        own.close();

        assertThatThrownBy(() -> own.embed(List.of("x")))
                .isInstanceOf(InferenceException.class)
                .hasMessageContaining("is stopped");
        assertThatThrownBy(() -> own.tokenize("x")).isInstanceOf(InferenceException.class);
    }
}
