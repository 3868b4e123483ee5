package dev.strata.vectorio.catalog;

import static dev.strata.api.vectorio.VectorStoreFileStatus.COMPLETED;
import static dev.strata.api.vectorio.VectorStoreFileStatus.FAILED;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.FileCounts;
import dev.strata.api.vectorio.VectorStoreFileStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A batch's counts stay exact however its files lie in the store, in few reads where they can. */
class BatchCountReadsTest {

    private final InMemoryKVStore kv = new InMemoryKVStore(Clock.systemUTC());
    private final Catalog catalog = new Catalog(kv);

    @Test
    void aBatchThatFilledItsStoreIsCountedInOneRead() {
        BatchRecord batch = batchOf("b1", 150);
        attach(batch, 100, COMPLETED);
        attach(batch.fileIds().subList(100, 110), "b1", FAILED);
        int before = kv.readCalls();

        FileCounts counts = catalog.batchCounts(batch);

        assertThat(counts).isEqualTo(new FileCounts(40, 100, 10, 0, 150));
        assertThat(kv.readCalls() - before).isEqualTo(1);
    }

    @Test
    void aBatchOfMoreFilesThanAPageIsCountedAPageAtATime() {
        BatchRecord batch = batchOf("b1", 1200);
        attach(batch, 1200, COMPLETED);
        int before = kv.readCalls();

        FileCounts counts = catalog.batchCounts(batch);

        assertThat(counts).isEqualTo(new FileCounts(0, 1200, 0, 0, 1200));
        assertThat(kv.readCalls() - before).isEqualTo(3); // pages of 500, 500 and 200
    }

    @Test
    void aSmallBatchInALargeStoreReadsTheFilesThePagesMissedOneByOne() {
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            others.add("a-" + i); // sorts before the batch's files, so the pages meet these first
        }
        attach(others, "b0", COMPLETED);
        BatchRecord batch = batchOf("b1", 3);
        attach(batch.fileIds().subList(0, 2), "b1", COMPLETED);
        int before = kv.readCalls();

        FileCounts counts = catalog.batchCounts(batch);

        assertThat(counts).isEqualTo(new FileCounts(1, 2, 0, 0, 3));
        assertThat(kv.readCalls() - before).isEqualTo(1 + 3); // a page of 7 records, then each file
    }

    @Test
    void filesOfOtherBatchesAndStoresAmongThePagesAreNotCounted() {
        BatchRecord batch = batchOf("b2", 4);
        attach(batch.fileIds().subList(0, 1), "b2", COMPLETED);
        attach(batch.fileIds().subList(1, 2), "b1", COMPLETED); // attached again by an older batch
        catalog.putFile(Records.batchFile("vs_10", "f-0002", "b2", COMPLETED)); // the batch's, in another store

        assertThat(catalog.batchCounts(batch)).isEqualTo(new FileCounts(3, 1, 0, 0, 4));
    }

    @Test
    void aDamagedRecordOfTheBatchIsReportedWithItsKeyAndOneOfAnotherFileIsPassedOver() {
        BatchRecord batch = batchOf("b1", 2);
        attach(batch, 2, COMPLETED);
        catalog.putFile(Records.batchFile("vs_1", "z-other", "b0", COMPLETED));
        kv.set(CatalogKeys.file("vs_1", "z-other"), "{\"format\":1,".getBytes(UTF_8));

        assertThat(catalog.batchCounts(batch)).isEqualTo(new FileCounts(0, 2, 0, 0, 2));

        String key = CatalogKeys.file("vs_1", "f-0001");
        kv.set(key, "null".getBytes(UTF_8));
        assertThatThrownBy(() -> catalog.batchCounts(batch))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(key);
    }

    private static BatchRecord batchOf(String batchId, int files) {
        String[] ids = new String[files];
        for (int i = 0; i < files; i++) {
            ids[i] = String.format("f-%04d", i);
        }
        return Records.batch("vs_1", batchId, FileBatchStatus.IN_PROGRESS, ids);
    }

    private void attach(BatchRecord batch, int files, VectorStoreFileStatus status) {
        attach(batch.fileIds().subList(0, files), batch.batchId(), status);
    }

    private void attach(List<String> fileIds, String batchId, VectorStoreFileStatus status) {
        for (String fileId : fileIds) {
            catalog.putFile(Records.batchFile("vs_1", fileId, batchId, status));
        }
    }
}
