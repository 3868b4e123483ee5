package dev.strata.inference.tokenizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;

/**
 * Texts that put a tokenizer's edges side by side: subwords, long and unknown words, punctuation
 * runs, accents and combining marks, CJK, emoji beyond the BMP, control characters, literal
 * special tokens, code and URLs, joined by spaces, line breaks or nothing at all.
 */
public final class MixedText {

    private static final List<String> PIECES = List.of(
            "The",
            "tokenization",
            "internationalization",
            "PostgreSQL's",
            "pg_stat_statements",
            "autovacuum",
            "multixact",
            "unbelievably",
            "re-indexing",
            "don't",
            "e.g.",
            "3.14159",
            "1,000,000",
            "2024-01-31T12:00:00Z",
            "https://www.postgresql.org/docs/15/sql-select.html",
            "SELECT * FROM t WHERE a->>'b' = 'c';",
            "café",
            "naïve",
            "Ærøskøbing",
            "e\u0301tude",
            "İstanbul",
            "straße",
            "ΣΑΣ",
            "ﬁne",
            "日本語のテキスト",
            "中文分词",
            "\uD83D\uDE00",
            "\uD83D\uDC4D\uD83C\uDFFD",
            "Привет",
            "x".repeat(120),
            "ab".repeat(49),
            "\u0000",
            "\u0007",
            "\u200B",
            "\uFFFD",
            "[MASK]",
            "[CLS]",
            "[UNK]",
            "...",
            "--",
            "«quoted»");

    private static final List<String> GLUE = List.of(" ", " ", " ", "\n", "\t", "  ", ", ", ". ", "\n\n", "");

    private MixedText() {}

    /** A text of {@code pieces} pieces, the same for the same seed. */
    public static String of(long seed, int pieces) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
            text.append(GLUE.get(random.nextInt(GLUE.size())));
        }
        return text.toString();
    }

    /** The MiniLM tokenizer this bundle ships, loaded from langchain4j's artifact. */
    public static ModelTokenizer miniLm() {
        try (InputStream json =
                MixedText.class.getClassLoader().getResourceAsStream("all-minilm-l6-v2-q-tokenizer.json")) {
            return ModelTokenizer.load("all-MiniLM-L6-v2", json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
