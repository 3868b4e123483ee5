package dev.strata.vectorio;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Lucene provider's check runs the settings its activation reads. */
class LuceneSettingsCheckTest {

    private final LuceneSettingsCheck check = new LuceneSettingsCheck();

    @Test
    void theDefaultsPass() {
        assertThatCode(() -> check.check(Map.of("provider.id", "lucene"))).doesNotThrowAnyException();
    }

    @Test
    void aBatchConcurrencyOutOfRangeIsRefused() {
        assertThatThrownBy(() -> check.check(Map.of("provider.id", "lucene", "batch.concurrency", 65)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batch_concurrency is 65; use a value from 1 to 64");
    }
}
