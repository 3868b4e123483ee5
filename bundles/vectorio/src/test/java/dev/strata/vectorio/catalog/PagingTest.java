package dev.strata.vectorio.catalog;

import static dev.strata.api.common.PageRequest.Order.ASC;
import static dev.strata.api.common.PageRequest.Order.DESC;
import static dev.strata.api.vectorio.VectorStoreFileStatus.COMPLETED;
import static dev.strata.api.vectorio.VectorStoreFileStatus.FAILED;
import static dev.strata.api.vectorio.VectorStoreFileStatus.IN_PROGRESS;
import static dev.strata.vectorio.catalog.Records.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PagingTest {

    private final InMemoryKVStore kv = new InMemoryKVStore(Clock.systemUTC());
    private final Catalog catalog = new Catalog(kv);

    /** Five stores a second apart, s1 oldest; s3 and s3b share a millisecond. */
    @BeforeEach
    void fiveStores() {
        catalog.putStore(Records.store("s4", T0.plusSeconds(4)));
        catalog.putStore(Records.store("s1", T0.plusSeconds(1)));
        catalog.putStore(Records.store("s3b", T0.plusSeconds(3)));
        catalog.putStore(Records.store("s2", T0.plusSeconds(2)));
        catalog.putStore(Records.store("s3", T0.plusSeconds(3)));
    }

    @Test
    void storesComeNewestFirstByDefaultAndOldestFirstOnRequest() {
        assertThat(ids(catalog.stores(PageRequest.first()))).containsExactly("s4", "s3b", "s3", "s2", "s1");
        assertThat(ids(catalog.stores(page(20, null, null, ASC)))).containsExactly("s1", "s2", "s3", "s3b", "s4");
    }

    @Test
    void afterWalksOnInEitherOrder() {
        Page<StoreRecord> first = catalog.stores(page(2, null, null, ASC));
        Page<StoreRecord> second = catalog.stores(page(2, first.lastId(), null, ASC));
        Page<StoreRecord> third = catalog.stores(page(2, second.lastId(), null, ASC));
        Page<StoreRecord> newest = catalog.stores(page(2, "s3b", null, DESC));

        assertThat(ids(first)).containsExactly("s1", "s2");
        assertThat(first.hasMore()).isTrue();
        assertThat(ids(second)).containsExactly("s3", "s3b");
        assertThat(ids(third)).containsExactly("s4");
        assertThat(third.hasMore()).isFalse();
        assertThat(ids(newest)).containsExactly("s3", "s2");
        assertThat(newest.hasMore()).isTrue();
    }

    @Test
    void beforeReturnsTheItemsClosestToItsItem() {
        Page<StoreRecord> ascending = catalog.stores(page(2, null, "s4", ASC));
        Page<StoreRecord> descending = catalog.stores(page(2, null, "s2", DESC));
        Page<StoreRecord> atTheStart = catalog.stores(page(2, null, "s2", ASC));

        assertThat(ids(ascending)).containsExactly("s3", "s3b");
        assertThat(ascending.hasMore()).isTrue();
        assertThat(ids(descending)).containsExactly("s3b", "s3");
        assertThat(descending.hasMore()).isTrue();
        assertThat(ids(atTheStart)).containsExactly("s1");
        assertThat(atTheStart.hasMore()).isFalse();
    }

    @Test
    void afterAndBeforeTogetherGiveWhatLiesBetween() {
        assertThat(ids(catalog.stores(page(20, "s1", "s4", ASC)))).containsExactly("s2", "s3", "s3b");
        assertThat(ids(catalog.stores(page(20, "s4", "s1", DESC)))).containsExactly("s3b", "s3", "s2");
        assertThat(catalog.stores(page(20, "s4", "s1", ASC)).data()).isEmpty();
    }

    @Test
    void aCursorNamingNoStoreGivesAnEmptyPage() {
        assertThat(catalog.stores(page(20, "gone", null, ASC))).isEqualTo(Page.empty());
        assertThat(catalog.stores(page(20, null, "gone", DESC))).isEqualTo(Page.empty());
    }

    @Test
    void aStoreWrittenAgainKeepsOnePlaceAndMovesWithItsCreationTime() {
        catalog.putStore(Records.store("s1", T0.plusSeconds(1)).withLastActiveAt(T0.plusSeconds(90)));
        catalog.putStore(Records.store("s2", T0.plusSeconds(10)));

        assertThat(ids(catalog.stores(page(20, null, null, ASC)))).containsExactly("s1", "s3", "s3b", "s4", "s2");
        assertThat(kv.liveKeys(CatalogKeys.STORE_ASC)).hasSize(5);
        assertThat(kv.liveKeys(CatalogKeys.STORE_DESC)).hasSize(5);
    }

    @Test
    void everyStoreIsListedOnceWhenPagingThroughBothWays() {
        for (PageRequest.Order order : PageRequest.Order.values()) {
            List<String> seen = new ArrayList<>();
            Page<StoreRecord> page = catalog.stores(page(1, null, null, order));
            seen.addAll(ids(page));
            while (page.hasMore()) {
                page = catalog.stores(page(1, page.lastId(), null, order));
                seen.addAll(ids(page));
            }
            assertThat(seen).hasSize(5).doesNotHaveDuplicates();
        }
    }

    @Test
    void filesArePagedByAttachTimeAndFilteredByStatus() {
        catalog.putFile(Records.file("s1", "f1", T0.plusSeconds(1), COMPLETED));
        catalog.putFile(Records.file("s1", "f2", T0.plusSeconds(2), FAILED));
        catalog.putFile(Records.file("s1", "f3", T0.plusSeconds(3), COMPLETED));
        catalog.putFile(Records.file("s1", "f4", T0.plusSeconds(4), IN_PROGRESS));
        catalog.putFile(Records.file("s1", "f5", T0.plusSeconds(5), COMPLETED));
        catalog.putFile(Records.file("s2", "f6", T0.plusSeconds(6), COMPLETED));

        assertThat(fileIds(catalog.files("s1", null, PageRequest.first())))
                .containsExactly("f5", "f4", "f3", "f2", "f1");
        assertThat(fileIds(catalog.files("s1", COMPLETED, page(20, null, null, ASC))))
                .containsExactly("f1", "f3", "f5");
        assertThat(fileIds(catalog.files("s1", COMPLETED, page(1, "f1", null, ASC))))
                .containsExactly("f3");
        assertThat(catalog.files("s1", COMPLETED, page(1, "f1", null, ASC)).hasMore())
                .isTrue();
        assertThat(fileIds(catalog.files("s1", COMPLETED, page(20, null, "f5", DESC))))
                .isEmpty();
        assertThat(fileIds(catalog.files("s1", COMPLETED, page(20, null, "f1", DESC))))
                .containsExactly("f5", "f3");
        assertThat(fileIds(catalog.files("s1", FAILED, page(20, null, null, DESC))))
                .containsExactly("f2");
    }

    @Test
    void aFileWhoseStatusChangesStaysInItsPlace() {
        catalog.putFile(Records.file("s1", "f1", T0.plusSeconds(1), IN_PROGRESS));
        catalog.putFile(Records.file("s1", "f2", T0.plusSeconds(2), IN_PROGRESS));
        Versioned<FileRecord> read = catalog.file("s1", "f1").orElseThrow();

        catalog.compareAndSetFile(read, read.value().completed(10, 1));

        assertThat(fileIds(catalog.files("s1", COMPLETED, page(20, null, null, ASC))))
                .containsExactly("f1");
        assertThat(fileIds(catalog.files("s1", null, page(20, null, null, ASC))))
                .containsExactly("f1", "f2");
    }

    @Test
    void aFileAttachedAgainMovesToItsNewTime() {
        catalog.putFile(Records.file("s1", "f1", T0.plusSeconds(1), COMPLETED));
        catalog.putFile(Records.file("s1", "f2", T0.plusSeconds(2), COMPLETED));

        catalog.putFile(Records.file("s1", "f1", T0.plusSeconds(3), IN_PROGRESS));

        assertThat(fileIds(catalog.files("s1", null, page(20, null, null, ASC))))
                .containsExactly("f2", "f1");
        assertThat(kv.liveKeys(CatalogKeys.order("s1", true))).hasSize(2);
        assertThat(kv.liveKeys(CatalogKeys.order("s1", false))).hasSize(2);
    }

    private static PageRequest page(int limit, String after, String before, PageRequest.Order order) {
        return new PageRequest(limit, after, before, order);
    }

    private static List<String> ids(Page<StoreRecord> page) {
        return page.data().stream().map(StoreRecord::id).toList();
    }

    private static List<String> fileIds(Page<FileRecord> page) {
        return page.data().stream().map(FileRecord::fileId).toList();
    }
}
