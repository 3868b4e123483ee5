package org.example.wordcount;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordCounterTest {

    @Test
    void countsWordsNotPunctuationOrNumbers() {
        Map<String, Object> result = new WordCounter(1, true, 2).count("The cat, the hat -- and 42 THE end.", () -> {});

        assertThat(result).containsEntry("words", 7).containsEntry("distinct", 5);
        assertThat(result.get("top"))
                .isEqualTo(List.of(Map.of("word", "the", "count", 3), Map.of("word", "and", "count", 1)));
    }

    @Test
    void shortWordsAndCaseFollowTheSettings() {
        Map<String, Object> result = new WordCounter(3, false, 10).count("A bb The the THE", () -> {});

        assertThat(result).containsEntry("words", 3).containsEntry("distinct", 3);
    }

    @Test
    void reportsEveryThousandWords() {
        int[] reports = {0};

        new WordCounter(1, true, 1).count("word ".repeat(2500), () -> reports[0]++);

        assertThat(reports[0]).isEqualTo(2);
    }
}
