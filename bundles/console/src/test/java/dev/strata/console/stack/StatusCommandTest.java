package dev.strata.console.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.stack.BundleState;
import dev.strata.api.stack.ComponentState;
import dev.strata.api.stack.ComponentState.State;
import dev.strata.api.stack.StackReport;
import java.util.List;
import org.apache.karaf.shell.support.CommandException;
import org.junit.jupiter.api.Test;

class StatusCommandTest {

    private static final BundleState API = new BundleState(20, "dev.strata.api", "0.1.0", "active");

    @Test
    void readyStackCountsBundlesAndComponents() {
        StackReport report = new StackReport(true, true, List.of(API), List.of(component(State.ACTIVE)));

        assertThat(StatusCommand.summary(report)).isEqualTo("Strata is ready: 1 bundle, 1 component.");
    }

    @Test
    void bootingStackSaysSo() {
        StackReport report = new StackReport(false, false, List.of(API), List.of());

        assertThat(StatusCommand.summary(report)).contains("still installing its boot features");
    }

    @Test
    void waitingStackCountsWaitingComponents() {
        StackReport report = new StackReport(
                false, true, List.of(API), List.of(component(State.UNSATISFIED_REFERENCE), component(State.ACTIVE)));

        assertThat(StatusCommand.summary(report)).isEqualTo("Strata is not ready: 1 component waiting (see above).");
    }

    @Test
    void readyOptionFailsTheCommandWhenNotReady() {
        StatusCommand command = new StatusCommand();
        command.requireReady = true;
        command.status =
                () -> new StackReport(false, true, List.of(API), List.of(component(State.UNSATISFIED_REFERENCE)));

        assertThatThrownBy(command::execute)
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("not ready");
    }

    private static ComponentState component(State state) {
        return new ComponentState("dev.strata.Thing", "dev.strata.api", state, List.of("kvstore (KVStore)"), null);
    }
}
