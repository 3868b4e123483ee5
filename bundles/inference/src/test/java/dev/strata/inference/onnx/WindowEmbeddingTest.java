package dev.strata.inference.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.inference.Embeddings;
import dev.strata.api.inference.TokenWindow;
import dev.strata.inference.tokenizer.MixedText;
import dev.strata.inference.tokenizer.ModelTokenizer;
import dev.strata.inference.tokenizer.WordTokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Windows of a text tokenized once are embedded as their texts would be, while the tokenizer
 * reads the text about once: a caller cutting a document into chunks of {@value #MAX} tokens with
 * half of them overlapping, as a vector store does, counts each window and embeds it.
 */
class WindowEmbeddingTest {

    private static final int MAX = 32;

    private static ModelTokenizer tokenizer;

    private static OnnxEmbedder embedder;

    @BeforeAll
    static void open() {
        tokenizer = MixedText.miniLm();
        embedder = OnnxEmbedder.open(new OnnxSettings("windows", "m", 1, MAX, 1), tokenizer);
    }

    @AfterAll
    static void close() throws Exception {
        embedder.close();
    }

    @Test
    void windowsGetTheVectorsOfTheirTextsAndTheTextIsReadAboutOnce() {
        String text = MixedText.of(7, 120);
        long before = tokenizer.charsRead();
        WordTokens words = embedder.tokenizeText(text).orElseThrow();
        assertThat(tokenizer.charsRead() - before).isEqualTo(text.length());

        List<TokenWindow> windows = windows(words);
        Embeddings embedded = embedder.embedWindows(words, windows);
        long read = tokenizer.charsRead() - before;

        List<String> texts = windows.stream().map(words::text).toList();
        Embeddings expected = embedder.embed(texts);
        for (int i = 0; i < windows.size(); i++) {
            assertThat(embedded.vector(i))
                    .as("window %d: '%s'", i, texts.get(i))
                    .containsExactly(expected.vector(i));
        }
        assertThat(embedded.promptTokens()).isEqualTo(expected.promptTokens());
        int windowChars = texts.stream().mapToInt(String::length).sum();
        // tokenizing each window once would read every character about twice more
        assertThat(windowChars).isGreaterThan(text.length() * 3 / 2);
        assertThat(read)
                .as("chars tokenized, against %d of text", text.length())
                .isLessThan(text.length() * 5L / 4);
    }

    @Test
    void aWindowOverTheLimitIsRefusedWithItsIndex() {
        WordTokens words = embedder.tokenizeText("word ".repeat(MAX + 1)).orElseThrow();

        assertThatThrownBy(() -> embedder.embedWindows(words, List.of(new TokenWindow(0, 0), new TokenWindow(0, MAX))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("window 1")
                .hasMessageContaining("33 tokens")
                .hasMessageContaining("at most " + MAX);
    }

    @Test
    void theEmbedderReadsOnlyTextsItTokenized() {
        WordTokens own = embedder.tokenizeText("own text").orElseThrow();
        ModelTokenizer other = MixedText.miniLm();
        try {
            WordTokens foreign = other.words("m", "other text").orElseThrow();

            assertThat(embedder.reads(own)).isTrue();
            assertThat(embedder.reads(foreign)).isFalse();
        } finally {
            other.close();
        }
    }

    /** Windows of {@value #MAX} tokens, half overlapping, each shortened until the model reads it whole. */
    private static List<TokenWindow> windows(WordTokens words) {
        List<TokenWindow> windows = new ArrayList<>();
        int tokens = words.tokens().size();
        int first = 0;
        while (true) {
            int last = Math.min(first + MAX, tokens) - 1;
            while (last > first && words.tokenCount(new TokenWindow(first, last)) > MAX) {
                last--;
            }
            windows.add(new TokenWindow(first, last));
            if (last == tokens - 1) {
                return windows;
            }
            first = Math.max(first + 1, last + 1 - MAX / 2);
        }
    }
}
