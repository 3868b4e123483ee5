package dev.strata.vectorio.catalog;

import static dev.strata.api.vectorio.VectorStoreFileStatus.COMPLETED;
import static dev.strata.vectorio.catalog.Records.T0;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.common.PageRequest;
import dev.strata.api.vectorio.FileBatchStatus;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class DeleteTest {

    private final InMemoryKVStore kv = new InMemoryKVStore(Clock.systemUTC());
    private final Catalog catalog = new Catalog(kv);

    @Test
    void deletingAStoreRemovesEverythingOfItAndNothingOfAnother() {
        InMemoryKVStore withoutIt = new InMemoryKVStore(Clock.systemUTC());
        fill(new Catalog(withoutIt), "vs_10");
        withoutIt.set("unrelated", new byte[] {1});
        fill(catalog, "vs_1");
        fill(catalog, "vs_10");
        kv.set("unrelated", new byte[] {1});
        int writesBefore = kv.writeCalls();

        catalog.deleteStore("vs_1");

        assertThat(kv.writeCalls()).as("one KV write").isEqualTo(writesBefore + 1);
        assertThat(catalog.store("vs_1")).isEmpty();
        assertThat(catalog.files("vs_1")).isEmpty();
        assertThat(catalog.batches("vs_1")).isEmpty();
        assertThat(kv.liveKeys("")).isEqualTo(withoutIt.liveKeys(""));
        assertThat(catalog.counts("vs_10").total()).isEqualTo(3);
        assertThat(catalog.batches("vs_10")).hasSize(1);
        assertThat(catalog.stores(PageRequest.first()).data())
                .extracting(StoreRecord::id)
                .containsExactly("vs_10");
    }

    @Test
    void deletingAStoreWithADamagedRecordStillRemovesIt() {
        fill("vs_1");
        kv.set(CatalogKeys.store("vs_1"), "{not json".getBytes(UTF_8));

        catalog.deleteStore("vs_1");

        assertThat(kv.liveKeys(CatalogKeys.STORE)).isEmpty();
        assertThat(catalog.files("vs_1")).isEmpty();
        assertThat(catalog.stores(PageRequest.first()).data()).isEmpty();
    }

    @Test
    void deletingAFileRemovesItsRecordAndListingEntries() {
        fill("vs_1");

        assertThat(catalog.deleteFile("vs_1", "f2")).isTrue();

        assertThat(catalog.file("vs_1", "f2")).isEmpty();
        assertThat(catalog.files("vs_1", null, PageRequest.first()).data())
                .extracting(FileRecord::fileId)
                .containsExactly("f3", "f1");
        assertThat(kv.liveKeys(CatalogKeys.order("vs_1", true))).hasSize(2);
        assertThat(kv.liveKeys(CatalogKeys.order("vs_1", false))).hasSize(2);
        assertThat(catalog.deleteFile("vs_1", "f2")).isFalse();
    }

    private void fill(String storeId) {
        fill(catalog, storeId);
    }

    private static void fill(Catalog catalog, String storeId) {
        catalog.putStore(Records.store(storeId, T0));
        for (int i = 1; i <= 3; i++) {
            catalog.putFile(Records.file(storeId, "f" + i, T0.plusSeconds(i), COMPLETED));
        }
        catalog.putBatch(Records.batch(storeId, "b1", FileBatchStatus.COMPLETED, "f1", "f2"));
    }
}
