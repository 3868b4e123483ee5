package org.example.wordcount;

import java.text.BreakIterator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts words with the JDK's {@link BreakIterator}, which follows the Unicode word boundary
 * rules (UAX #29), so punctuation, numbers and scripts without spaces are treated properly.
 *
 * @param minWordLength words with fewer letters are skipped
 * @param lowercase whether case is folded before counting
 * @param top how many of the most frequent words {@link #count} reports
 */
record WordCounter(int minWordLength, boolean lowercase, int top) {

    /** The result of counting one text: a JSON object, as job results are. */
    Map<String, Object> count(String text, Runnable everyThousandWords) {
        Map<String, Integer> counts = new HashMap<>();
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        int total = 0;
        for (int start = words.first(), end = words.next();
                end != BreakIterator.DONE;
                start = end, end = words.next()) {
            String word = text.substring(start, end);
            if (isWord(word)) {
                counts.merge(lowercase ? word.toLowerCase(Locale.ROOT) : word, 1, Integer::sum);
                if (++total % 1000 == 0) {
                    everyThousandWords.run();
                }
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("words", total);
        result.put("distinct", counts.size());
        result.put("top", topWords(counts));
        return result;
    }

    private boolean isWord(String token) {
        return token.codePoints().filter(Character::isLetterOrDigit).count() >= minWordLength
                && token.codePoints().anyMatch(Character::isLetter);
    }

    private List<Map<String, Object>> topWords(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .map(entry -> Map.<String, Object>of("word", entry.getKey(), "count", entry.getValue()))
                .toList();
    }
}
