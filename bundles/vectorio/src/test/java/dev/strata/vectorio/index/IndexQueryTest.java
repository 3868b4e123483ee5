package dev.strata.vectorio.index;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.vectorio.Ranker;
import dev.strata.api.vectorio.SearchMode;
import org.junit.jupiter.api.Test;

/** Each mode needs what it searches by; limits and thresholds stay in range. */
class IndexQueryTest {

    private static final float[] VECTOR = {1, 0};

    @Test
    void eachModeNeedsItsInputs() {
        assertThatThrownBy(() -> query(null, "words", SearchMode.VECTOR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a vector search needs the query's vector");
        assertThatThrownBy(() -> query(VECTOR, null, SearchMode.KEYWORD))
                .hasMessageContaining("a keyword search needs the query's text");
        assertThatThrownBy(() -> query(VECTOR, null, SearchMode.HYBRID))
                .hasMessageContaining("a hybrid search needs the query's text");
        assertThatThrownBy(() -> query(null, "words", SearchMode.HYBRID))
                .hasMessageContaining("a hybrid search needs the query's vector");
        assertThatThrownBy(() -> query(VECTOR, "words", null)).hasMessageContaining("search mode is null");

        assertThatCode(() -> query(VECTOR, null, SearchMode.VECTOR)).doesNotThrowAnyException();
        assertThatCode(() -> query(null, "words", SearchMode.KEYWORD)).doesNotThrowAnyException();
        assertThatCode(() -> query(VECTOR, "words", SearchMode.HYBRID)).doesNotThrowAnyException();
    }

    @Test
    void limitThresholdAndRankerAreChecked() {
        assertThatThrownBy(() -> new IndexQuery(VECTOR, null, null, SearchMode.VECTOR, Ranker.DEFAULT, 0, 0))
                .hasMessageContaining("limit is 0; use 1 to 1000");
        assertThatThrownBy(() -> new IndexQuery(VECTOR, null, null, SearchMode.VECTOR, Ranker.DEFAULT, 1001, 0))
                .hasMessageContaining("limit is 1001");
        assertThatThrownBy(() -> new IndexQuery(VECTOR, null, null, SearchMode.VECTOR, Ranker.DEFAULT, 5, -0.1))
                .hasMessageContaining("threshold is -0.1");
        assertThatThrownBy(() -> new IndexQuery(VECTOR, null, null, SearchMode.VECTOR, Ranker.DEFAULT, 5, Double.NaN))
                .hasMessageContaining("threshold is NaN");
        assertThatThrownBy(() -> new IndexQuery(VECTOR, null, null, SearchMode.VECTOR, null, 5, 0))
                .hasMessageContaining("ranker is null");
    }

    private static IndexQuery query(float[] vector, String text, SearchMode mode) {
        return new IndexQuery(vector, text, null, mode, Ranker.DEFAULT, 10, 0);
    }
}
