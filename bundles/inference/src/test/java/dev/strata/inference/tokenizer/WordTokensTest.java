package dev.strata.inference.tokenizer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.inference.InferenceException;
import dev.strata.api.inference.TokenWindow;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WordTokensTest {

    private static ModelTokenizer tokenizer;

    @BeforeAll
    static void load() {
        tokenizer = MixedText.miniLm();
    }

    @AfterAll
    static void close() {
        tokenizer.close();
    }

    /** The property the whole class rests on, over every start and several lengths. */
    @Test
    void everyWindowReadsAsItsTextAlone() {
        for (long seed = 1; seed <= 3; seed++) {
            String text = MixedText.of(seed, 300);
            WordTokens words = tokenizer.words("m", text).orElseThrow();
            int tokens = words.tokens().size();

            for (int first = 0; first < tokens; first++) {
                for (int size : new int[] {1, 2, 3, 8, 33}) {
                    if (first + size > tokens) {
                        break;
                    }
                    TokenWindow window = new TokenWindow(first, first + size - 1);
                    String alone = words.text(window);
                    EncodedText expected = tokenizer.encode(alone);

                    assertThat(words.encode(window).ids())
                            .as("ids of window %s: '%s'", window, alone)
                            .containsExactly(expected.ids());
                    assertThat(words.tokenCount(window))
                            .as("count of window %s: '%s'", window, alone)
                            .isEqualTo(expected.ownTokens())
                            .isEqualTo(tokenizer.spans(alone).size());
                }
            }
        }
    }

    /**
     * A window that starts at a word's start is counted and encoded without the tokenizer; one
     * that starts inside a word has that word's rest tokenized, and nothing more.
     */
    @Test
    void onlyTheRestOfAWordAWindowStartsInsideIsTokenizedAgain() {
        String text = "The internationalization of tokenization matters.";
        WordTokens words = tokenizer.words("m", text).orElseThrow();
        assertThat(words.tokens().stream().map(span -> text.substring(span.start(), span.end())))
                .containsExactly("The", "international", "ization", "of", "token", "ization", "matters", ".");

        long before = tokenizer.charsRead();
        TokenWindow atWord = new TokenWindow(1, 5);
        assertThat(words.tokenCount(atWord)).isEqualTo(5);
        assertThat(words.encode(atWord).ownTokens()).isEqualTo(5);
        assertThat(tokenizer.charsRead()).isEqualTo(before);

        TokenWindow insideWord = new TokenWindow(2, 6);
        words.tokenCount(insideWord);
        words.encode(insideWord);
        assertThat(tokenizer.charsRead() - before).isEqualTo(2 * "ization".length());
    }

    @Test
    void aWindowPastTheLastTokenIsRefused() {
        WordTokens words = tokenizer.words("m", "two words").orElseThrow();

        assertThatThrownBy(() -> words.tokenCount(new TokenWindow(1, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 tokens");
        assertThatThrownBy(() -> words.encode(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClosedTokenizerFailsAsTheModelsFailure() {
        ModelTokenizer own = MixedText.miniLm();
        WordTokens words = own.words("m", "tokenization").orElseThrow();
        own.close();

        assertThat(words.tokenCount(new TokenWindow(0, 1))).isEqualTo(2);
        assertThatThrownBy(() -> words.tokenCount(new TokenWindow(1, 1)))
                .isInstanceOf(InferenceException.class)
                .hasMessageContaining("closed");
    }

    /** A tokenizer of other parts gets no WordTokens, so its windows are tokenized from their texts. */
    @Test
    void onlyBertsTokenizerPartsAreTrustedToReadWordsAlone() {
        String wordLevel = """
                {"version": "1.0", "truncation": null, "padding": null, "added_tokens": [],
                 "normalizer": null, "pre_tokenizer": {"type": "Whitespace"}, "post_processor": null,
                 "decoder": null,
                 "model": {"type": "WordLevel", "vocab": {"[UNK]": 0, "a": 1, "b": 2}, "unk_token": "[UNK]"}}
                """;
        try (ModelTokenizer other = ModelTokenizer.load("other", new ByteArrayInputStream(wordLevel.getBytes(UTF_8)))) {
            assertThat(other.spans("a b")).hasSize(2);
            assertThat(other.words("other", "a b")).isEmpty();
        }
        assertThat(WordTokens.suits(wordLevel.getBytes(UTF_8))).isFalse();
        assertThat(WordTokens.suits(
                        wordLevel.replace("Whitespace", "BertPreTokenizer").getBytes(UTF_8)))
                .isFalse();
        assertThat(WordTokens.suits("not json".getBytes(UTF_8))).isFalse();
        assertThat(tokenizer.words("m", "x")).isPresent();
    }
}
