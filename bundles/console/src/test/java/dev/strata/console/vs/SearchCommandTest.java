package dev.strata.console.vs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.vectorio.ComparisonOperator;
import dev.strata.api.vectorio.Filter;
import dev.strata.api.vectorio.Ranker;
import dev.strata.api.vectorio.SearchMode;
import dev.strata.api.vectorio.SearchRequest;
import dev.strata.api.vectorio.SearchResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchCommandTest {

    private static SearchCommand command(String... query) {
        SearchCommand command = new SearchCommand();
        command.query = List.of(query);
        return command;
    }

    private static SearchResult result(String filename, double score, String content) {
        return new SearchResult("file-1", filename, score, Map.of(), content, "chunk-1");
    }

    @Test
    void theWordsAreOneQueryAndTheDefaultsAreOpenAIs() {
        SearchRequest request = command("backup", "policy").request();

        assertThat(request.queries()).containsExactly("backup policy");
        assertThat(request.mode()).isEqualTo(SearchMode.VECTOR);
        assertThat(request.maxNumResults()).isEqualTo(10);
        assertThat(request.filter()).isNull();
        assertThat(request.ranker()).isEqualTo(Ranker.DEFAULT);
    }

    @Test
    void optionsMakeTheRequest() {
        SearchCommand command = command("q");
        command.mode = "hybrid";
        command.alpha = 0.7;
        command.limit = 3;
        command.threshold = 0.2;
        command.filters = List.of("year>=2020");

        SearchRequest request = command.request();

        assertThat(request.ranker()).isEqualTo(new Ranker.Weighted(0.7));
        assertThat(request.filter()).isEqualTo(new Filter.Comparison("year", ComparisonOperator.GTE, 2020L));
        assertThat(request.maxNumResults()).isEqualTo(3);
        assertThat(request.scoreThreshold()).isEqualTo(0.2);
        assertThat(SearchCommand.describe(request)).isEqualTo("hybrid, weighted, alpha 0.7");
    }

    @Test
    void rankerRulesAreSpelledOut() {
        assertThatThrownBy(() -> SearchCommand.ranker(SearchMode.VECTOR, "rrf", null))
                .hasMessageStartingWith("--ranker and --alpha merge the two rankings of a hybrid search");
        assertThatThrownBy(() -> SearchCommand.ranker(SearchMode.HYBRID, "rrf", 0.5))
                .hasMessageStartingWith("--alpha weighs the weighted ranker, not rrf");
        assertThatThrownBy(() -> SearchCommand.ranker(SearchMode.HYBRID, "max", null))
                .hasMessage("--ranker max is not a ranker; use rrf or weighted");
        assertThatThrownBy(() -> SearchCommand.ranker(SearchMode.HYBRID, null, 1.5))
                .hasMessageStartingWith("--alpha 1.5 is out of range; use 0 (keyword only) to 1");
        assertThat(SearchCommand.ranker(SearchMode.HYBRID, "weighted", null)).isEqualTo(new Ranker.Weighted(0.5));
        assertThat(SearchCommand.ranker(SearchMode.HYBRID, "rrf", null)).isEqualTo(Ranker.DEFAULT);
    }

    @Test
    void badOptionsAreRefusedBeforeSearching() {
        SearchCommand badMode = command("q");
        badMode.mode = "fuzzy";
        SearchCommand badLimit = command("q");
        badLimit.limit = 51;
        SearchCommand badFilter = command("q");
        badFilter.filters = List.of("year");

        assertThatThrownBy(badMode::request).hasMessage("--mode fuzzy is not a mode; use vector, keyword or hybrid");
        assertThatThrownBy(badLimit::request).hasMessage("--limit 51 is out of range; use 1 to 50");
        assertThatThrownBy(badFilter::request).hasMessageStartingWith("--filter 'year' is not a filter");
        assertThatThrownBy(command(" ")::request).hasMessageStartingWith("The query is blank");
        SearchCommand highThreshold = command("backup");
        highThreshold.threshold = 2;
        assertThatThrownBy(highThreshold::request)
                .hasMessageStartingWith("--threshold 2.0 would leave out every result: vector scores run from 0 to 1");
        highThreshold.mode = "keyword";
        assertThat(highThreshold.request().scoreThreshold()).isEqualTo(2.0);
        assertThatThrownBy(command("backup", "--mode", "hybrid")::request)
                .hasMessage("--mode comes after the arguments, where the shell takes it for one; put options first,"
                        + " such as vs:search --mode hybrid docs backup policy");
    }

    @Test
    void snippetsAreOneLineCutToTheTerminal() {
        assertThat(Snippets.line("  a\n\n b\t c  ", 80)).isEqualTo("a b c");
        assertThat(Snippets.line("word ".repeat(30), 24)).isEqualTo("word word word word...");
        assertThat(Snippets.line("x".repeat(50), 5)).hasSize(Snippets.MIN_WIDTH);
    }

    @Test
    void theTableFitsTheTerminalWidth() {
        List<SearchResult> results = List.of(
                result("guide.md", 0.91234, "Backups run\nnightly at 02:00 " + "and more ".repeat(40)),
                result("faq.md", 0.5, "short"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        SearchCommand.table(results, 80).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(2)).contains("0.9123").contains("guide.md").contains("Backups run nightly at 02:00");
        assertThat(lines).allMatch(line -> line.length() <= 80);
        assertThat(lines.get(2).length()).isGreaterThan(70);
    }
}
