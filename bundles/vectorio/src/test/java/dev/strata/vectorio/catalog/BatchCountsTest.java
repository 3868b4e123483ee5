package dev.strata.vectorio.catalog;

import static dev.strata.api.vectorio.VectorStoreFileStatus.COMPLETED;
import static dev.strata.api.vectorio.VectorStoreFileStatus.FAILED;
import static dev.strata.api.vectorio.VectorStoreFileStatus.IN_PROGRESS;
import static dev.strata.vectorio.catalog.Records.T0;
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

/**
 * A batch keeps its counts in its record: a read of the batch reads one record, and the counts
 * always equal a count of its file records while it runs, and never change once it has ended.
 */
class BatchCountsTest {

    private final InMemoryKVStore kv = new InMemoryKVStore(Clock.systemUTC());
    private final Catalog catalog = new Catalog(kv);

    @Test
    void recordedFilesMoveTheCountsInTheSameWriteAndAReadOfTheBatchReadsOneRecord() {
        BatchRecord batch = created("b1", 5);
        int writesBefore = kv.writeCalls();

        assertThat(catalog.recordFiles("vs_1", "b1", List.of(file("f-0", "b1", COMPLETED), file("f-1", "b1", FAILED))))
                .isTrue();

        assertThat(kv.writeCalls() - writesBefore).isEqualTo(1);
        int readsBefore = kv.readCalls();
        BatchRecord read = catalog.batch("vs_1", "b1").orElseThrow().value();
        assertThat(kv.readCalls() - readsBefore).isEqualTo(1);
        assertThat(read.counts()).isEqualTo(new FileCounts(3, 1, 1, 0, 5));
        assertThat(read.counts()).isEqualTo(catalog.batchCounts(read));
        assertThat(read.toFileBatch().fileCounts()).isEqualTo(read.counts());
        assertThat(batch.counts()).isEqualTo(new FileCounts(5, 0, 0, 0, 5));
    }

    @Test
    void aFileAttachedAgainAloneOrDeletedWaitsAgainInTheCountsOfItsRunningBatch() {
        created("b1", 4);
        catalog.recordFiles(
                "vs_1",
                "b1",
                List.of(file("f-0", "b1", COMPLETED), file("f-1", "b1", COMPLETED), file("f-2", "b1", FAILED)));

        catalog.putFile(Records.file("vs_1", "f-0", T0, COMPLETED)); // attached alone, naming no batch
        catalog.deleteFile("vs_1", "f-2");

        BatchRecord read = catalog.batch("vs_1", "b1").orElseThrow().value();
        assertThat(read.counts()).isEqualTo(new FileCounts(3, 1, 0, 0, 4));
        assertThat(read.counts()).isEqualTo(catalog.batchCounts(read));
    }

    @Test
    void aFileTakenByANewerBatchMovesTheCountsOfBoth() {
        created("b1", 3);
        catalog.recordFiles("vs_1", "b1", List.of(file("f-0", "b1", COMPLETED)));
        created("b2", 1); // lists f-0 too

        catalog.recordFiles("vs_1", "b2", List.of(file("f-0", "b2", FAILED)));

        BatchRecord first = catalog.batch("vs_1", "b1").orElseThrow().value();
        BatchRecord second = catalog.batch("vs_1", "b2").orElseThrow().value();
        assertThat(first.counts()).isEqualTo(new FileCounts(3, 0, 0, 0, 3)).isEqualTo(catalog.batchCounts(first));
        assertThat(second.counts()).isEqualTo(new FileCounts(0, 0, 1, 0, 1)).isEqualTo(catalog.batchCounts(second));
    }

    @Test
    void endingABatchEndsItsFilesInProgressAndFixesItsCounts() {
        created("b1", 4);
        catalog.recordFiles("vs_1", "b1", List.of(file("f-0", "b1", COMPLETED)));
        catalog.deleteFile("vs_1", "f-3"); // waits, without a record: cancelled with the batch

        BatchRecord ended = catalog.endBatch("vs_1", "b1", FileBatchStatus.CANCELLED, FileRecord::cancelled)
                .orElseThrow();

        assertThat(ended.status()).isEqualTo(FileBatchStatus.CANCELLED);
        assertThat(ended.counts()).isEqualTo(new FileCounts(0, 1, 0, 3, 4)).isEqualTo(catalog.batchCounts(ended));
        assertThat(catalog.batch("vs_1", "b1").orElseThrow().value()).isEqualTo(ended);
        assertThat(catalog.file("vs_1", "f-1").orElseThrow().value().status())
                .isEqualTo(VectorStoreFileStatus.CANCELLED);
    }

    @Test
    void theCountsOfAnEndedBatchNeverChange() {
        created("b1", 3);
        catalog.recordFiles("vs_1", "b1", List.of(file("f-0", "b1", COMPLETED)));
        BatchRecord ended = catalog.endBatch("vs_1", "b1", FileBatchStatus.CANCELLED, FileRecord::cancelled)
                .orElseThrow();

        assertThat(catalog.recordFiles("vs_1", "b1", List.of(file("f-1", "b1", COMPLETED))))
                .isFalse();
        assertThat(catalog.endBatch("vs_1", "b1", FileBatchStatus.COMPLETED, file -> file))
                .contains(ended);
        created("b2", 3); // takes every file of b1
        catalog.recordFiles("vs_1", "b2", List.of(file("f-0", "b2", FAILED), file("f-1", "b2", COMPLETED)));
        catalog.deleteFile("vs_1", "f-2");
        assertThat(catalog.repairCounts("vs_1", "b1")).contains(ended);

        assertThat(catalog.batch("vs_1", "b1").orElseThrow().value()).isEqualTo(ended);
        assertThat(catalog.file("vs_1", "f-1").orElseThrow().value().batchIdOrNull())
                .isEqualTo("b2");
        // a count of the records now tells another story; the batch's own counts are final
        assertThat(catalog.batchCounts(ended)).isNotEqualTo(ended.counts());
    }

    @Test
    void aRecordOfAnotherBatchOrAFileTheBatchDoesNotListIsRefusedAndNothingChanges() {
        created("b1", 2);
        int writesBefore = kv.writeCalls();

        assertThatThrownBy(() -> catalog.recordFiles(
                        "vs_1", "b1", List.of(file("f-0", "b1", COMPLETED), file("f-9", "b1", COMPLETED))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("f-9");
        assertThatThrownBy(() -> catalog.recordFiles("vs_1", "b1", List.of(file("f-0", "b2", COMPLETED))))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(kv.writeCalls()).isEqualTo(writesBefore);
        assertThat(catalog.batch("vs_1", "b1").orElseThrow().value().counts()).isEqualTo(new FileCounts(2, 0, 0, 0, 2));
    }

    @Test
    void countsWrittenPastTheCatalogAreRepairedFromTheFileRecords() {
        BatchRecord batch = created("b1", 3);
        catalog.recordFiles("vs_1", "b1", List.of(file("f-0", "b1", COMPLETED)));
        // another process, or a bug, left counts that describe no file
        kv.set(CatalogKeys.batch("vs_1", "b1"), new RecordCodec().write(batch));

        assertThat(catalog.repairCounts("vs_1", "b1").orElseThrow().counts()).isEqualTo(new FileCounts(2, 1, 0, 0, 3));
        assertThat(catalog.batch("vs_1", "b1").orElseThrow().value().counts()).isEqualTo(new FileCounts(2, 1, 0, 0, 3));
    }

    @Test
    void aWriteThatFindsTheCountsDisagreeingCountsTheBatchAgain() {
        BatchRecord batch = created("b1", 3);
        catalog.recordFiles("vs_1", "b1", List.of(file("f-0", "b1", COMPLETED)));
        kv.set(CatalogKeys.batch("vs_1", "b1"), new RecordCodec().write(batch)); // no file counted completed

        catalog.recordFiles("vs_1", "b1", List.of(file("f-0", "b1", FAILED)));

        BatchRecord read = catalog.batch("vs_1", "b1").orElseThrow().value();
        assertThat(read.counts()).isEqualTo(new FileCounts(2, 0, 1, 0, 3)).isEqualTo(catalog.batchCounts(read));
    }

    @Test
    void aBatchRecordFromBeforeCountsWereKeptIsCountedOnReadAndKeepsThemOnceRepaired() {
        created("b1", 3);
        catalog.recordFiles("vs_1", "b1", List.of(file("f-0", "b1", COMPLETED), file("f-1", "b1", FAILED)));
        String key = CatalogKeys.batch("vs_1", "b1");
        String stored = new String(kv.get(key).orElseThrow(), UTF_8);
        String older = stored.replaceAll(",\"file_counts\":\\{[^}]*}", "");
        assertThat(older).isNotEqualTo(stored).doesNotContain("file_counts");
        kv.set(key, older.getBytes(UTF_8));

        assertThat(catalog.batch("vs_1", "b1").orElseThrow().value().counts()).isEqualTo(new FileCounts(1, 1, 1, 0, 3));
        catalog.repairCounts("vs_1", "b1");

        assertThat(new String(kv.get(key).orElseThrow(), UTF_8)).isEqualTo(stored);
    }

    @Test
    void endingAFileAsStillInProgressIsRefused() {
        created("b1", 1);

        assertThatThrownBy(() -> catalog.endBatch("vs_1", "b1", FileBatchStatus.COMPLETED, file -> file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("f-0");
        assertThatThrownBy(() -> catalog.endBatch("vs_1", "b1", FileBatchStatus.IN_PROGRESS, FileRecord::cancelled))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(catalog.batch("vs_1", "b1").orElseThrow().value().status()).isEqualTo(FileBatchStatus.IN_PROGRESS);
    }

    @Test
    void theCatalogKeepsTheCountsSoACompareAndSetCannotChangeThem() {
        BatchRecord batch = created("b1", 2);
        Versioned<BatchRecord> read = catalog.batch("vs_1", "b1").orElseThrow();

        assertThatThrownBy(() -> catalog.compareAndSetBatch(read, batch.withCounts(new FileCounts(0, 2, 0, 0, 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("counts");
        assertThatThrownBy(() -> batch.withCounts(new FileCounts(0, 3, 0, 0, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 files");
    }

    /** Stores a batch of {@code files} files {@code f-0...} with their records in progress. */
    private BatchRecord created(String batchId, int files) {
        String[] ids = new String[files];
        List<FileRecord> records = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            ids[i] = "f-" + i;
            records.add(file(ids[i], batchId, IN_PROGRESS));
        }
        BatchRecord batch = Records.batch("vs_1", batchId, FileBatchStatus.IN_PROGRESS, ids);
        catalog.putBatch(batch);
        catalog.putFiles(records);
        return batch;
    }

    private static FileRecord file(String fileId, String batchId, VectorStoreFileStatus status) {
        return Records.batchFile("vs_1", fileId, batchId, status);
    }
}
