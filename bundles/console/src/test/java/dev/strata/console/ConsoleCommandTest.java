package dev.strata.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.karaf.shell.support.CommandException;
import org.junit.jupiter.api.Test;

/**
 * Karaf's shell logs a failed command at DEBUG when its exception is a {@link CommandException}
 * and at ERROR with the stack trace otherwise; so mistakes must arrive as the former and faults
 * as themselves.
 */
class ConsoleCommandTest {

    @Test
    void aMistakeOfInputOrStateReachesTheShellAsACommandExceptionWithItsMessage() {
        assertThatThrownBy(failingWith(new IllegalArgumentException("the limit is 0; give 1 to 50"))::execute)
                .isExactlyInstanceOf(CommandException.class)
                .hasMessage("the limit is 0; give 1 to 50")
                .hasCauseInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(failingWith(new IllegalStateException("no scheduler has started"))::execute)
                .isExactlyInstanceOf(CommandException.class)
                .hasMessage("no scheduler has started");
    }

    @Test
    void aFaultReachesTheShellAsItself() {
        assertThatThrownBy(failingWith(new NullPointerException("bug"))::execute)
                .isExactlyInstanceOf(NullPointerException.class);
    }

    @Test
    void aCommandThatSucceedsReturnsItsResult() throws Exception {
        ConsoleCommand command = new ConsoleCommand() {
            @Override
            protected Object run() {
                return "done";
            }
        };

        assertThat(command.execute()).isEqualTo("done");
    }

    private static ConsoleCommand failingWith(RuntimeException failure) {
        return new ConsoleCommand() {
            @Override
            protected Object run() {
                throw failure;
            }
        };
    }
}
