package dev.strata.console.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulersTest {

    @Test
    void theOnlySchedulerIsChosen() {
        assertThat(Schedulers.choose(List.of("scheduler"), null)).isEqualTo("scheduler");
    }

    @Test
    void severalNeedAChoice() {
        assertThatThrownBy(() -> Schedulers.choose(List.of("a", "b"), null))
                .hasMessage("2 job schedulers run (a, b); choose one with --scheduler");
        assertThat(Schedulers.choose(List.of("a", "b"), "b")).isEqualTo("b");
    }

    @Test
    void anUnknownOneIsNamedWithTheRunningOnes() {
        assertThatThrownBy(() -> Schedulers.choose(List.of("a"), "c"))
                .hasMessage("No job scheduler 'c' has started; use --scheduler with one of: a");
    }

    @Test
    void noneSaysWhereToLook() {
        assertThatThrownBy(() -> Schedulers.choose(List.of(), null))
                .hasMessageStartingWith("No job scheduler has started; job:stats shows what it waits for");
    }
}
