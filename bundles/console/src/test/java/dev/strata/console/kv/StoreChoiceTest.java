package dev.strata.console.kv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoreChoiceTest {

    @Test
    void theOnlyStoreIsChosenWithoutAsking() {
        assertThat(StoreChoice.choose(List.of("kv_default"), null)).isEqualTo("kv_default");
    }

    @Test
    void aNamedStoreIsChosen() {
        assertThat(StoreChoice.choose(List.of("a", "b"), "b")).isEqualTo("b");
    }

    @Test
    void severalStoresNeedAChoice() {
        assertThatThrownBy(() -> StoreChoice.choose(List.of("a", "b"), null))
                .hasMessage("2 KV stores are running (a, b); choose one with --store");
    }

    @Test
    void anUnknownStoreIsNamedWithTheRunningOnes() {
        assertThatThrownBy(() -> StoreChoice.choose(List.of("a", "b"), "c"))
                .hasMessage("No KV store 'c' is running; use --store with one of: a, b");
    }

    @Test
    void noStoreSaysHowToGetOne() {
        assertThatThrownBy(() -> StoreChoice.choose(List.of(), null))
                .hasMessageStartingWith("No KV store is running; install the strata-kvstore feature");
    }
}
