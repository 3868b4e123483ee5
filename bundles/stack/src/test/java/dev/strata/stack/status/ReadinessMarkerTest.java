package dev.strata.stack.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.stack.ComponentState;
import dev.strata.api.stack.ComponentState.State;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadinessMarkerTest {

    @Test
    void theNotReadyLogSaysWhatHoldsEachComponentBack() {
        assertThat(ReadinessMarker.holdsBack(
                        new ComponentState("scheduler", "b", State.UNSATISFIED_REFERENCE, List.of("kvstore"), null)))
                .isEqualTo("scheduler waits for kvstore");
        assertThat(ReadinessMarker.holdsBack(
                        new ComponentState("lucene", "b", State.FAILED_ACTIVATION, List.of(), "disk full")))
                .isEqualTo("lucene failed to activate: disk full");
        assertThat(ReadinessMarker.holdsBack(new ComponentState("files", "b", State.CHANGING, List.of(), null)))
                .isEqualTo("files is changing");
    }
}
