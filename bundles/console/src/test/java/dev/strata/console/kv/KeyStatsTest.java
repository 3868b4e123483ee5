package dev.strata.console.kv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyStatsTest {

    private static final StoreInfo STORE = StoreInfo.of(Map.of("provider.id", "kv", "namespace", "n"));

    @Test
    void pagesCoverEveryKeyUnderThePrefixOnce() {
        SortedMapStore store = new SortedMapStore();
        for (int i = 0; i < 1_234; i++) {
            store.set(String.format("job/%05d", i), new byte[1]);
        }
        store.set("jobs", new byte[1]);
        store.set("joa", new byte[1]);
        List<String> seen = new ArrayList<>();

        long count = KeyPages.walk(store, "job/", Long.MAX_VALUE, entry -> seen.add(entry.key()));

        assertThat(count).isEqualTo(1_234);
        assertThat(seen)
                .doesNotHaveDuplicates()
                .allMatch(key -> key.startsWith("job/"))
                .isSorted();
        assertThat(KeyPages.walk(store, "", 10, entry -> {})).isEqualTo(10);
    }

    @Test
    void thePrefixEndIsTheNextStringAfterThePrefix() {
        assertThat(KeyPages.prefixEnd("job/")).isEqualTo("job0");
        assertThat(KeyPages.prefixEnd("a\uFFFF")).isEqualTo("b");
        assertThat(KeyPages.prefixEnd("\uFFFF")).isNull();
        assertThat(KeyPages.prefixEnd("")).isNull();
    }

    @Test
    void keysAreGroupedByTheirFirstSegment() {
        SortedMapStore store = new SortedMapStore();
        store.set("job/1", new byte[10]);
        store.set("job/2", new byte[5]);
        store.set("file/a/b", new byte[1]);
        store.set("plain", new byte[2]);
        KeyStats stats = new KeyStats(STORE, "", "/");

        KeyPages.walk(store, "", 100, stats::add);

        assertThat(stats.keys()).isEqualTo(4);
        assertThat(stats.groups()).containsOnlyKeys("file/*", "job/*", "plain");
        assertThat(stats.groups().get("job/*").bytes).isEqualTo(15);
        assertThat(new KeyStats(STORE, "job/", "/").groupOf("job/1/x")).isEqualTo("job/1/*");
    }

    @Test
    void storeInfoHidesPasswordsAndFillsGaps() {
        StoreInfo info = StoreInfo.of(Map.of("provider.id", "pg", "url", "jdbc:postgresql://h/db?password=s3"));

        assertThat(info.location()).isEqualTo("jdbc:postgresql://h/db?password=***");
        assertThat(info.type()).isEqualTo("-");
    }
}
