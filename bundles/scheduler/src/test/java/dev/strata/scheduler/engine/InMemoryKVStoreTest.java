package dev.strata.scheduler.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.kvstore.KVEntry;
import dev.strata.api.kvstore.KVWrite;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test store must keep the KVStore contract, or engine tests would prove nothing. */
class InMemoryKVStoreTest {

    private final ManualTime time = new ManualTime(Instant.parse("2026-01-05T09:00:00Z"));
    private final InMemoryKVStore store = new InMemoryKVStore(time);

    @Test
    void rangesAreSortedBoundedAndLimited() {
        store.write(List.of(put("b"), put("a"), put("c"), put("d")));

        assertThat(store.keys(null, null, 10)).containsExactly("a", "b", "c", "d");
        assertThat(store.keys("b", "d", 10)).containsExactly("b", "c");
        assertThat(store.range("a", null, 2)).extracting(KVEntry::key).containsExactly("a", "b");
        assertThatThrownBy(() -> store.keys(null, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expiredKeysReadAsAbsentEverywhere() {
        store.set("k", new byte[] {1}, time.instant().plusSeconds(5));
        assertThat(store.get("k")).isPresent();

        time.advance(Duration.ofSeconds(5));

        assertThat(store.get("k")).isEmpty();
        assertThat(store.keys(null, null, 10)).isEmpty();
        assertThat(store.compareAndSet("k", null, new byte[] {2})).isTrue();
    }

    @Test
    void compareAndSetChangesOnlyWhenTheValueIsAsExpected() {
        assertThat(store.compareAndSet("k", null, new byte[] {1})).isTrue();
        assertThat(store.compareAndSet("k", new byte[] {9}, new byte[] {2})).isFalse();
        assertThat(store.compareAndSet("k", new byte[] {1}, null)).isTrue();
        assertThat(store.get("k")).isEmpty();
    }

    @Test
    void aBatchAppliesInOrderAndAllOrNothing() {
        store.write(List.of(put("k"), KVWrite.delete("k"), put("j")));
        assertThat(store.keys(null, null, 10)).containsExactly("j");

        assertThatThrownBy(() ->
                        store.write(List.of(put("x"), KVWrite.put("y", new byte[InMemoryKVStore.VALUE_LIMIT + 1]))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.keys(null, null, 10)).containsExactly("j");
    }

    @Test
    void valuesAreCopiedBothWays() {
        byte[] value = {1};
        store.set("k", value);
        value[0] = 2;
        store.get("k").orElseThrow()[0] = 3;

        assertThat(store.get("k").orElseThrow()).containsExactly(1);
    }

    private static KVWrite put(String key) {
        return KVWrite.put(key, new byte[] {1});
    }
}
