package dev.strata.vectorio.chunk;

import dev.strata.api.inference.TokenSpan;
import java.util.ArrayList;
import java.util.List;

/** A stand-in tokenizer for tests: one token per run of non-whitespace characters. */
final class Words {

    private Words() {}

    static List<TokenSpan> of(String text) {
        List<TokenSpan> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && !Character.isWhitespace(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(new TokenSpan(start, i));
                start = -1;
            }
        }
        return tokens;
    }

    /** A text of {@code count} words, w0 to w(count-1), separated by varying whitespace. */
    static String numbered(int count) {
        StringBuilder text = new StringBuilder("  ");
        for (int i = 0; i < count; i++) {
            text.append('w').append(i).append(i % 3 == 0 ? "\n" : i % 3 == 1 ? " " : "\t ");
        }
        return text.toString();
    }
}
