package dev.strata.api.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What {@link Inference#tokenizeText} and {@link Inference#embedWindows} do for a provider that
 * does not override them: the same as a caller that tokenizes and embeds windows' texts itself.
 */
class DefaultWindowsTest {

    /** Tokens are runs of letters; embed records the texts it was given. */
    private static final class Letters implements Inference {

        private static final Pattern WORD = Pattern.compile("\\p{L}+");

        final List<String> tokenized = new ArrayList<>();

        final List<String> embedded = new ArrayList<>();

        @Override
        public Embeddings embed(String modelId, List<String> texts) {
            embedded.addAll(texts);
            return new Embeddings(
                    modelId,
                    texts.stream().map(text -> new float[] {text.length()}).toList(),
                    0);
        }

        @Override
        public List<ModelInfo> models() {
            return List.of(new ModelInfo("letters", 1, 100, "test"));
        }

        @Override
        public List<TokenSpan> tokenize(String modelId, String text) {
            tokenized.add(text);
            List<TokenSpan> spans = new ArrayList<>();
            Matcher matcher = WORD.matcher(text);
            while (matcher.find()) {
                spans.add(new TokenSpan(matcher.start(), matcher.end()));
            }
            return spans;
        }
    }

    private final Letters inference = new Letters();

    @Test
    void theTokensAreThoseOfTokenizeAndAWindowIsCountedByTokenizingItsTextAgain() {
        TokenizedText text = inference.tokenizeText("letters", "one, two; three four");

        assertThat(text.modelId()).isEqualTo("letters");
        assertThat(text.text()).isEqualTo("one, two; three four");
        assertThat(text.tokens()).isEqualTo(inference.tokenize("letters", "one, two; three four"));
        assertThat(text.text(new TokenWindow(1, 2))).isEqualTo("two; three");

        inference.tokenized.clear();
        assertThat(text.tokenCount(new TokenWindow(1, 3))).isEqualTo(3);
        assertThat(inference.tokenized).containsExactly("two; three four");
    }

    @Test
    void windowsAreEmbeddedAsTheirTexts() {
        TokenizedText text = inference.tokenizeText("letters", "one, two; three four");

        Embeddings embeddings = inference.embedWindows(text, List.of(new TokenWindow(0, 1), new TokenWindow(3, 3)));

        assertThat(inference.embedded).containsExactly("one, two", "four");
        assertThat(embeddings.vector(0)).containsExactly(8f);
        assertThat(embeddings.vector(1)).containsExactly(4f);
    }

    @Test
    void aWindowOutsideTheTokensOrNullIsRefused() {
        TokenizedText text = inference.tokenizeText("letters", "one two");

        assertThatThrownBy(() -> text.text(new TokenWindow(1, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 tokens");
        assertThatThrownBy(() -> inference.embedWindows(text, java.util.Arrays.asList(new TokenWindow(0, 0), null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("window 1");
        assertThatThrownBy(() -> inference.embedWindows(null, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenWindow(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenWindow(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TokenWindow(3, 5).size()).isEqualTo(3);
    }
}
