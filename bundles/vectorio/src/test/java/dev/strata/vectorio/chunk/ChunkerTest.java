package dev.strata.vectorio.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.inference.TokenSpan;
import dev.strata.api.inference.TokenWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

class ChunkerTest {

    @Test
    void windowsCoverEveryTokenInOrder() {
        for (int words = 1; words <= 40; words++) {
            for (int max = 1; max <= 12; max++) {
                for (int overlap = 0; overlap <= max / 2; overlap++) {
                    checkWindows(Words.numbered(words), new ChunkSize(max, overlap));
                }
            }
        }
    }

    private static void checkWindows(String text, ChunkSize size) {
        List<TokenSpan> tokens = Words.of(text);
        List<TextChunk> chunks = Chunker.split(text, tokens, size);

        List<Integer> firsts = new ArrayList<>();
        int covered = 0;
        for (TextChunk chunk : chunks) {
            int first = indexOfStart(tokens, chunk.start());
            int last = first + chunk.tokenCount() - 1;
            assertThat(chunk.window()).isEqualTo(new TokenWindow(first, last));
            assertThat(chunk.tokenCount()).isBetween(1, size.maxTokens());
            assertThat(first).as("no token is skipped").isLessThanOrEqualTo(covered);
            assertThat(tokens.get(last).end()).isEqualTo(chunk.end());
            covered = last + 1;
            firsts.add(first);
        }
        assertThat(covered).as("the last window ends at the last token").isEqualTo(tokens.size());
        for (int i = 1; i < firsts.size(); i++) {
            assertThat(firsts.get(i) - firsts.get(i - 1)).isEqualTo(size.strideTokens());
        }
    }

    @Test
    void consecutiveChunksShareExactlyTheOverlap() {
        String text = Words.numbered(25);
        List<TokenSpan> tokens = Words.of(text);

        List<TextChunk> chunks = Chunker.split(text, tokens, new ChunkSize(10, 3));

        assertThat(chunks).extracting(TextChunk::tokenCount).containsExactly(10, 10, 10, 4);
        assertThat(chunks)
                .extracting(TextChunk::text)
                .first()
                .asString()
                .startsWith("w0")
                .endsWith("w9");
        assertThat(chunks.get(1).text()).startsWith("w7").endsWith("w16");
        assertThat(chunks.get(2).text()).startsWith("w14").endsWith("w23");
        assertThat(chunks.get(3).text()).startsWith("w21").endsWith("w24");
        for (int i = 1; i < chunks.size(); i++) {
            assertThat(sharedTokens(tokens, chunks.get(i - 1), chunks.get(i))).isEqualTo(3);
        }
    }

    @Test
    void aChunkTheModelReadsAsLongerIsShortenedAndTheNextStillCoversEveryToken() {
        String text = Words.numbered(30);
        List<TokenSpan> tokens = Words.of(text);
        // the model reads one token more from a chunk that starts at a word ending in 6
        ToIntFunction<String> model = chunk -> Words.of(chunk).size() + (chunk.split("\\s+")[0].endsWith("6") ? 1 : 0);

        List<TextChunk> chunks = Chunker.split(
                text, tokens, new ChunkSize(10, 2), window -> model.applyAsInt(textOf(text, tokens, window)));

        assertThat(chunks).extracting(chunk -> chunk.text().split("\\s+")[0]).containsExactly("w0", "w8", "w16", "w23");
        assertThat(chunks).extracting(TextChunk::tokenCount).containsExactly(10, 10, 9, 7);
        for (TextChunk chunk : chunks) {
            assertThat(model.applyAsInt(chunk.text())).isLessThanOrEqualTo(10);
        }
        assertThat(chunks.get(2).text()).endsWith("w24");
        assertThat(chunks.get(3).text()).endsWith("w29");
    }

    @Test
    void withoutOverlapChunksMeetEdgeToEdge() {
        String text = "one two three four five six seven";

        List<TextChunk> chunks = Chunker.split(text, Words.of(text), new ChunkSize(3, 0));

        assertThat(chunks).extracting(TextChunk::text).containsExactly("one two three", "four five six", "seven");
    }

    @Test
    void aTextShorterThanOneWindowIsOneChunk() {
        String text = "\n  a short text  \n";

        List<TextChunk> chunks = Chunker.split(text, Words.of(text), new ChunkSize(800, 400));

        assertThat(chunks).containsExactly(new TextChunk(0, 3, 15, 0, 3, "a short text"));
    }

    @Test
    void aTextOfExactlyOneWindowIsOneChunk() {
        String text = "a b c d";

        assertThat(Chunker.split(text, Words.of(text), new ChunkSize(4, 2))).hasSize(1);
    }

    @Test
    void noTokensMakeNoChunks() {
        assertThat(Chunker.split("", List.of(), new ChunkSize(10, 5))).isEmpty();
        assertThat(Chunker.split("   \n ", Words.of("   \n "), new ChunkSize(10, 5)))
                .isEmpty();
    }

    @Test
    void offsetsRoundTripToSubstringsAndPositionsCountFromZero() {
        String text = "Lorem ipsum\tdolor sit amet,\n\nconsectetur adipiscing elit; sed do eiusmod tempor.";

        List<TextChunk> chunks = Chunker.split(text, Words.of(text), new ChunkSize(4, 1));

        for (int i = 0; i < chunks.size(); i++) {
            TextChunk chunk = chunks.get(i);
            assertThat(chunk.position()).isEqualTo(i);
            assertThat(chunk.text()).isEqualTo(text.substring(chunk.start(), chunk.end()));
        }
        assertThat(chunks.get(0).text()).isEqualTo("Lorem ipsum\tdolor sit");
        assertThat(chunks.get(1).text()).isEqualTo("sit amet,\n\nconsectetur adipiscing");
    }

    @Test
    void tokensThatShareOffsetsAreCountedOneByOne() {
        // a byte-level tokenizer may give several tokens of one character the same span
        String text = "é x";
        List<TokenSpan> tokens = List.of(new TokenSpan(0, 1), new TokenSpan(0, 1), new TokenSpan(2, 3));

        List<TextChunk> chunks = Chunker.split(text, tokens, new ChunkSize(2, 0));

        assertThat(chunks).containsExactly(new TextChunk(0, 0, 1, 0, 2, "é"), new TextChunk(1, 2, 3, 2, 1, "x"));
    }

    @Test
    void tokensOutsideTheTextOrOutOfOrderAreRefused() {
        ChunkSize size = new ChunkSize(4, 0);

        assertThatThrownBy(() -> Chunker.split("abc", List.of(new TokenSpan(0, 4)), size))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("token 0")
                .hasMessageContaining("3 characters");
        assertThatThrownBy(() -> Chunker.split("abc def", List.of(new TokenSpan(4, 7), new TokenSpan(0, 3)), size))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("token 1")
                .hasMessageContaining("text order");
        assertThatThrownBy(() -> Chunker.split(null, List.of(), size)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String textOf(String text, List<TokenSpan> tokens, TokenWindow window) {
        return text.substring(
                tokens.get(window.first()).start(), tokens.get(window.last()).end());
    }

    private static int indexOfStart(List<TokenSpan> tokens, int start) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == start) {
                return i;
            }
        }
        throw new AssertionError("no token starts at " + start);
    }

    private static int sharedTokens(List<TokenSpan> tokens, TextChunk earlier, TextChunk later) {
        int shared = 0;
        for (TokenSpan token : tokens) {
            if (token.start() >= later.start() && token.end() <= earlier.end()) {
                shared++;
            }
        }
        return shared;
    }
}
