package dev.strata.scheduler.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The gate's rules, with checks run on the calling thread and a registry that records. */
class ReadyGateTest {

    private final Set<String> missing = new TreeSet<>();
    private final List<String> registered = new ArrayList<>();
    private final List<String> unregistered = new ArrayList<>();
    private final List<Runnable> queued = new ArrayList<>();

    private ReadyGate gate(boolean inline) {
        return new ReadyGate(
                "scheduler",
                "dev.strata.scheduler~scheduler.ready",
                () -> Set.copyOf(missing),
                id -> {
                    registered.add(id);
                    return () -> unregistered.add(id);
                },
                inline ? Runnable::run : queued::add);
    }

    @Test
    void noRequiredExecutorOpensAtTheFirstCheck() {
        ReadyGate gate = gate(true);

        gate.check();

        assertThat(registered).containsExactly("dev.strata.scheduler~scheduler.ready");
        assertThat(gate.isOpen()).isTrue();
    }

    @Test
    void staysClosedAndSaysWhatItWaitsForUntilTheLastExecutorComes() {
        missing.addAll(Set.of("a", "b"));
        ReadyGate gate = gate(true);

        gate.check();
        missing.remove("a");
        gate.check();

        assertThat(registered).isEmpty();
        assertThat(gate.isOpen()).isFalse();

        missing.remove("b");
        gate.check();

        assertThat(registered).hasSize(1);
    }

    @Test
    void onceOpenItStaysOpenWhenAnExecutorLeaves() {
        ReadyGate gate = gate(true);
        gate.check();

        missing.add("a");
        gate.check();

        assertThat(gate.isOpen()).isTrue();
        assertThat(registered).hasSize(1);
        assertThat(unregistered).isEmpty();
    }

    @Test
    void closingUnregistersOnceAndNoLaterCheckRegistersAgain() {
        ReadyGate gate = gate(true);
        gate.check();

        gate.close();
        gate.close();
        gate.check();

        assertThat(unregistered).containsExactly("dev.strata.scheduler~scheduler.ready");
        assertThat(registered).hasSize(1);
        assertThat(gate.isOpen()).isFalse();
    }

    @Test
    void aCheckQueuedBeforeCloseDoesNotRegisterAfterIt() {
        ReadyGate gate = gate(false);
        gate.check();

        gate.close();
        queued.forEach(Runnable::run);

        assertThat(registered).isEmpty();
    }

    @Test
    void aCheckAfterCloseDoesNotReachTheStoppedThread() {
        ReadyGate gate = new ReadyGate("scheduler", "c", Set::of, id -> () -> {}, task -> {
            throw new java.util.concurrent.RejectedExecutionException("terminated");
        });
        gate.close();

        gate.check();

        assertThat(gate.isOpen()).isFalse();
    }

    @Test
    void aCheckRacingTheThreadsShutdownIsIgnored() {
        ReadyGate gate = new ReadyGate("scheduler", "c", Set::of, id -> () -> {}, task -> {
            throw new java.util.concurrent.RejectedExecutionException("terminated");
        });

        gate.check();

        assertThat(gate.isOpen()).isFalse();
    }

    @Test
    void checksRunOnTheGateThreadNotTheCaller() {
        ReadyGate gate = gate(false);

        gate.check();

        assertThat(registered).isEmpty();
        queued.forEach(Runnable::run);
        assertThat(registered).hasSize(1);
    }
}
