package dev.strata.vectorio.catalog;

import static dev.strata.api.vectorio.VectorStoreFileStatus.COMPLETED;
import static dev.strata.vectorio.catalog.Records.T0;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.common.PageRequest;
import dev.strata.api.vectorio.FileBatchStatus;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class DamagedRecordTest {

    private final InMemoryKVStore kv = new InMemoryKVStore(Clock.systemUTC());
    private final Catalog catalog = new Catalog(kv);

    @Test
    void aFileRecordThatIsNotJsonIsReportedWithItsKeyByEveryRead() {
        catalog.putFile(Records.file("vs_1", "f1", T0, COMPLETED));
        catalog.putFile(Records.file("vs_1", "f2", T0, COMPLETED));
        String key = CatalogKeys.file("vs_1", "f2");
        kv.set(key, "{\"format\":1,".getBytes(UTF_8));

        assertThatThrownBy(() -> catalog.counts("vs_1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'" + key + "'")
                .hasMessageContaining("kv:delete");
        assertThatThrownBy(() -> catalog.usageBytes("vs_1")).hasMessageContaining(key);
        assertThatThrownBy(() -> catalog.files("vs_1")).hasMessageContaining(key);
        assertThatThrownBy(() -> catalog.file("vs_1", "f2")).hasMessageContaining(key);
        assertThatThrownBy(() -> catalog.files("vs_1", null, PageRequest.first()))
                .hasMessageContaining(key);
    }

    @Test
    void aRecordThatBreaksARuleIsReportedWithTheRule() {
        catalog.putFile(Records.file("vs_1", "f1", T0, COMPLETED));
        String key = CatalogKeys.file("vs_1", "f1");
        String json = new String(kv.get(key).orElseThrow(), UTF_8).replace("\"completed\"", "\"done\"");
        kv.set(key, json.getBytes(UTF_8));

        assertThatThrownBy(() -> catalog.counts("vs_1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(key)
                .hasMessageContaining("'done'");
    }

    @Test
    void aRecordUnderAnotherKeyIsReported() {
        catalog.putFile(Records.file("vs_1", "f1", T0, COMPLETED));
        kv.set(
                CatalogKeys.file("vs_1", "f9"),
                kv.get(CatalogKeys.file("vs_1", "f1")).orElseThrow());

        assertThatThrownBy(() -> catalog.files("vs_1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(CatalogKeys.file("vs_1", "f9"))
                .hasMessageContaining("belongs under");
    }

    @Test
    void aFormatFromALaterVersionIsReported() {
        catalog.putBatch(Records.batch("vs_1", "b1", FileBatchStatus.IN_PROGRESS, "f1"));
        String key = CatalogKeys.batch("vs_1", "b1");
        String json = new String(kv.get(key).orElseThrow(), UTF_8).replace("\"format\":1", "\"format\":2");
        kv.set(key, json.getBytes(UTF_8));

        assertThatThrownBy(() -> catalog.batch("vs_1", "b1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(key)
                .hasMessageContaining("format is 2");
        assertThatThrownBy(() -> catalog.batches("vs_1")).hasMessageContaining(key);
    }

    @Test
    void aDamagedStoreRecordIsReportedByTheListing() {
        catalog.putStore(Records.store("vs_1", T0));
        String key = CatalogKeys.store("vs_1");
        kv.set(key, "null".getBytes(UTF_8));

        assertThatThrownBy(() -> catalog.stores(PageRequest.first()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(key);
    }
}
