package dev.strata.vectorio.index;

import static dev.strata.vectorio.index.Chunks.angle;
import static dev.strata.vectorio.index.Chunks.chunk;
import static dev.strata.vectorio.index.Chunks.chunkIds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.vectorio.Ranker;
import dev.strata.api.vectorio.SearchMode;
import dev.strata.api.vectorio.SearchResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keyword search: BM25 over English stems, the query a bag of words, never query syntax. */
class KeywordSearchTest {

    @TempDir
    Path folder;

    private StoreIndex index;

    @BeforeEach
    void open() throws IOException {
        index = StoreIndex.open(folder, 2);
        index.replaceFile(
                "f",
                List.of(
                        chunk("f", 0, "The runner was running through the hills.", angle(0)),
                        chunk("f", 1, "Databases store rows; a database indexes them.", angle(10)),
                        chunk("f", 2, "A quiet afternoon with tea and a book.", angle(20)),
                        chunk("f", 3, "Runs, runs and more runs: the cricket match.", angle(30))));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void wordsMatchTheirStems() throws IOException {
        assertThat(chunkIds(index.search(Chunks.keyword("run", 10)))).containsExactlyInAnyOrder("f#0", "f#3");
        assertThat(chunkIds(index.search(Chunks.keyword("DATABASE", 10)))).containsExactly("f#1");
        assertThat(chunkIds(index.search(Chunks.keyword("books", 10)))).containsExactly("f#2");
    }

    @Test
    void moreOccurrencesScoreHigher() throws IOException {
        List<SearchResult> results = index.search(Chunks.keyword("runs", 10));

        assertThat(chunkIds(results)).containsExactly("f#3", "f#0");
        assertThat(results.get(0).score()).isGreaterThan(results.get(1).score()).isPositive();
    }

    @Test
    void anyWordMayMatch() throws IOException {
        assertThat(chunkIds(index.search(Chunks.keyword("tea hills nothing", 10))))
                .containsExactlyInAnyOrder("f#0", "f#2");
    }

    @Test
    void querySyntaxIsJustText() throws IOException {
        String hostile = "\"unbalanced (tea AND title:foo* [x TO} ~2 ^3 \\ / && || ! -book +";

        assertThat(chunkIds(index.search(Chunks.keyword(hostile, 10)))).containsExactly("f#2");
        assertThat(index.search(Chunks.keyword("*:*", 10))).isEmpty();
    }

    @Test
    void textWithoutSearchableWordsMatchesNothing() throws IOException {
        assertThat(index.search(Chunks.keyword("the and of a", 10))).isEmpty();
        assertThat(index.search(Chunks.keyword("", 10))).isEmpty();
        assertThat(index.search(Chunks.keyword("  ?!  ", 10))).isEmpty();
    }

    @Test
    void theLimitAndThresholdApply() throws IOException {
        double second = index.search(Chunks.keyword("runs", 10)).get(1).score();

        assertThat(chunkIds(index.search(Chunks.keyword("runs", 1)))).containsExactly("f#3");
        assertThat(chunkIds(index.search(
                        new IndexQuery(null, "runs", null, SearchMode.KEYWORD, Ranker.DEFAULT, 10, second + 1e-6))))
                .containsExactly("f#3");
    }

    @Test
    void aVeryLongQueryKeepsWorking() throws IOException {
        StringBuilder text = new StringBuilder("tea ");
        for (int i = 0; i < 5000; i++) {
            text.append("word").append(i).append(' ');
        }

        assertThat(chunkIds(index.search(Chunks.keyword(text.toString(), 10)))).containsExactly("f#2");
    }
}
