package dev.strata.stack.runconfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionTest {

    private static final List<String> SETTINGS =
            List.of("max_concurrent_jobs", "required_executors", "retry_max_attempts", "retention", "timeouts");

    @Test
    void aMistypedNameGetsTheNameItMeant() {
        assertThat(Suggestion.didYouMean("max_concurent_jobs", SETTINGS))
                .isEqualTo("did you mean max_concurrent_jobs? ");
        assertThat(Suggestion.didYouMean("retnetion", SETTINGS)).isEqualTo("did you mean retention? ");
        assertThat(Suggestion.didYouMean("Timeouts", SETTINGS)).isEqualTo("did you mean timeouts? ");
    }

    @Test
    void aNameFarFromEveryKnownOneGetsNoGuess() {
        assertThat(Suggestion.didYouMean("concurrency", SETTINGS)).isEmpty();
        assertThat(Suggestion.didYouMean("retry", SETTINGS)).isEmpty();
        assertThat(Suggestion.didYouMean("kv_main", List.of("kv_default"))).isEmpty();
    }

    @Test
    void aShortNameMayBeOneEditOff() {
        assertThat(Suggestion.didYouMean("apsi", List.of("apis"))).isEqualTo("did you mean apis? ");
        assertThat(Suggestion.didYouMean("abcd", List.of("apis"))).isEmpty();
    }

    @Test
    void distanceCountsASwapOfNeighboursAsOneEdit() {
        assertThat(Suggestion.distance("retnetion", "retention")).isEqualTo(1);
        assertThat(Suggestion.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestion.distance("", "abc")).isEqualTo(3);
    }
}
