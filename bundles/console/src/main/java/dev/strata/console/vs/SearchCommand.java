package dev.strata.console.vs;

import dev.strata.api.vectorio.Filter;
import dev.strata.api.vectorio.Ranker;
import dev.strata.api.vectorio.SearchMode;
import dev.strata.api.vectorio.SearchRequest;
import dev.strata.api.vectorio.SearchResult;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code vs:search STORE QUERY}: the chunks that best match a query, best first. */
@Service
@Command(
        scope = "vs",
        name = "search",
        description = "Searches a store's chunks by meaning (vector), by words (keyword) or both (hybrid), with"
                + " attribute filters; prints rank, score, file and the start of each chunk.")
public class SearchCommand extends StoreCommand {

    /** The widest the file column gets. */
    static final int FILE_WIDTH = 40;

    @Argument(
            index = 1,
            name = "query",
            description = "What to look for; several words are one query.",
            required = true,
            multiValued = true)
    List<String> query;

    @Option(name = "--mode", description = "vector (default: by meaning), keyword (by words) or hybrid (both).")
    @Completion(
            value = StringsCompleter.class,
            values = {"vector", "keyword", "hybrid"})
    String mode = SearchMode.VECTOR.wireName();

    @Option(
            name = "--filter",
            description = "Only chunks of files whose attributes match, quoted: 'year>=2020', 'lang in en,de',"
                    + " 'draft!=true', or an OpenAI filter as JSON. Repeat to and them.",
            multiValued = true)
    List<String> filters;

    @Option(name = "--limit", description = "At most this many results, 1 to 50 (default 10).")
    int limit = SearchRequest.DEFAULT_RESULTS;

    @Option(name = "--ranker", description = "How hybrid search merges its rankings: rrf (default) or weighted.")
    @Completion(
            value = StringsCompleter.class,
            values = {"rrf", "weighted"})
    String ranker;

    @Option(name = "--alpha", description = "The weighted ranker's share of the vector score, 0 to 1 (default 0.5).")
    Double alpha;

    @Option(
            name = "--threshold",
            description = "Leave out results scoring below this (default 0, all): 0 to 1 for vector and hybrid"
                    + " scores, 0 or more for keyword (BM25) scores.")
    double threshold;

    @Reference
    Session session;

    @Override
    protected Object run() {
        SearchRequest request = request();
        List<SearchResult> results = withStore((vectorIO, found) -> vectorIO.search(found.id(), request));
        PrintStream out = System.out;
        if (results.isEmpty()) {
            out.println("No chunk matched; try another --mode, loosen --filter or lower --threshold.");
            return null;
        }
        table(results, Terminals.width(session)).print(out);
        out.println(BatchText.count(results.size(), "result") + " (" + describe(request) + ").");
        return null;
    }

    /** Reads the query and options; a bad one is refused before the store is searched. */
    SearchRequest request() {
        refuseLateOptions("vs:search --mode hybrid docs backup policy", query);
        String text = String.join(" ", query == null ? List.of() : query).strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("The query is blank; give words to look for, such as \"backup policy\"");
        }
        SearchMode searchMode = mode(mode);
        if (limit < 1 || limit > SearchRequest.MAX_RESULTS) {
            throw new IllegalArgumentException(
                    "--limit " + limit + " is out of range; use 1 to " + SearchRequest.MAX_RESULTS);
        }
        if (!(threshold >= 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("--threshold " + threshold + " is not 0 or more; vector scores run"
                    + " from 0 to 1, keyword scores (BM25) upwards from 0");
        }
        if (threshold > 1 && searchMode != SearchMode.KEYWORD) {
            throw new IllegalArgumentException("--threshold " + threshold + " would leave out every result: "
                    + searchMode.wireName() + " scores run from 0 to 1; give 0 to 1, or use --mode keyword, whose"
                    + " scores (BM25) run upwards from 0");
        }
        Filter filter = FilterParser.parse(filters);
        return new SearchRequest(
                List.of(text), limit, threshold, filter, searchMode, ranker(searchMode, ranker, alpha));
    }

    static SearchMode mode(String name) {
        try {
            return SearchMode.fromWireName(name.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("--mode " + name + " is not a mode; use vector, keyword or hybrid");
        }
    }

    static Ranker ranker(SearchMode mode, String name, Double alpha) {
        if (name == null && alpha == null) {
            return Ranker.DEFAULT;
        }
        if (mode != SearchMode.HYBRID) {
            throw new IllegalArgumentException("--ranker and --alpha merge the two rankings of a hybrid search;"
                    + " add --mode hybrid, or leave them out");
        }
        String chosen = name == null ? "weighted" : name.toLowerCase(Locale.ROOT);
        if (chosen.equals("rrf")) {
            if (alpha != null) {
                throw new IllegalArgumentException(
                        "--alpha weighs the weighted ranker, not rrf; use --ranker weighted, or leave --alpha out");
            }
            return Ranker.DEFAULT;
        }
        if (!chosen.equals("weighted")) {
            throw new IllegalArgumentException("--ranker " + name + " is not a ranker; use rrf or weighted");
        }
        double weight = alpha == null ? 0.5 : alpha;
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("--alpha " + weight + " is out of range; use 0 (keyword only) to 1"
                    + " (vector only), such as 0.5");
        }
        return new Ranker.Weighted(weight);
    }

    static String describe(SearchRequest request) {
        String mode = request.mode().wireName();
        if (request.mode() != SearchMode.HYBRID) {
            return mode;
        }
        return mode + ", "
                + (request.ranker() instanceof Ranker.Weighted weighted
                        ? "weighted, alpha " + weighted.alpha()
                        : "rrf");
    }

    static ShellTable table(List<SearchResult> results, int width) {
        ShellTable table = new ShellTable();
        table.column("#").alignRight();
        table.column("Score").alignRight();
        table.column("File").maxSize(FILE_WIDTH);
        table.column("Text");
        int snippet = snippetWidth(results, width);
        for (int i = 0; i < results.size(); i++) {
            SearchResult result = results.get(i);
            table.addRow()
                    .addContent(
                            i + 1,
                            String.format(Locale.ROOT, "%.4f", result.score()),
                            result.filename(),
                            Snippets.line(result.content(), snippet));
        }
        return table;
    }

    /** What is left of the terminal's width for the text, after the other columns and separators. */
    static int snippetWidth(List<SearchResult> results, int width) {
        int rank = String.valueOf(results.size()).length();
        int score = results.stream()
                .mapToInt(r -> String.format(Locale.ROOT, "%.4f", r.score()).length())
                .max()
                .orElse(6);
        int file = Math.min(
                FILE_WIDTH,
                Math.max(
                        4,
                        results.stream()
                                .mapToInt(r -> r.filename().length())
                                .max()
                                .orElse(4)));
        int separators = 3 * 3;
        return Math.max(Snippets.MIN_WIDTH, width - rank - Math.max(5, score) - file - separators - 1);
    }
}
