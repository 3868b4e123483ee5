package dev.strata.vectorio.catalog;

import static dev.strata.api.vectorio.VectorStoreFileStatus.CANCELLED;
import static dev.strata.api.vectorio.VectorStoreFileStatus.COMPLETED;
import static dev.strata.api.vectorio.VectorStoreFileStatus.FAILED;
import static dev.strata.api.vectorio.VectorStoreFileStatus.IN_PROGRESS;
import static dev.strata.vectorio.catalog.Records.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.vectorio.ChunkingStrategy;
import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.FileCounts;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchViewTest {

    private final Catalog catalog = new Catalog(new InMemoryKVStore(Clock.systemUTC()));

    @Test
    void filesWithoutRecordsAreInProgress() {
        BatchRecord batch = Records.batch("vs_1", "b1", FileBatchStatus.IN_PROGRESS, "f1", "f2", "f3");

        assertThat(catalog.batchCounts(batch)).isEqualTo(new FileCounts(3, 0, 0, 0, 3));
    }

    @Test
    void filesWithoutRecordsOfACancelledBatchAreCancelled() {
        BatchRecord batch = Records.batch("vs_1", "b1", FileBatchStatus.CANCELLED, "f1", "f2");
        catalog.putFile(Records.batchFile("vs_1", "f1", "b1", COMPLETED));

        assertThat(catalog.batchCounts(batch)).isEqualTo(new FileCounts(0, 1, 0, 1, 2));
    }

    @Test
    void recordsOfTheBatchCountWithTheirOwnStatus() {
        BatchRecord batch = Records.batch("vs_1", "b1", FileBatchStatus.COMPLETED, "f1", "f2", "f3", "f4");
        catalog.putFile(Records.batchFile("vs_1", "f1", "b1", COMPLETED));
        catalog.putFile(Records.batchFile("vs_1", "f2", "b1", FAILED));
        catalog.putFile(Records.batchFile("vs_1", "f3", "b1", CANCELLED));
        catalog.putFile(Records.batchFile("vs_1", "f4", "b1", IN_PROGRESS));

        assertThat(catalog.batchCounts(batch)).isEqualTo(new FileCounts(1, 1, 1, 1, 4));
    }

    @Test
    void recordsOfAnotherAttachCountAsWaiting() {
        BatchRecord running = Records.batch("vs_1", "b2", FileBatchStatus.IN_PROGRESS, "f1", "f2");
        BatchRecord cancelled = Records.batch("vs_1", "b2", FileBatchStatus.CANCELLED, "f1", "f2");
        catalog.putFile(Records.batchFile("vs_1", "f1", "b1", COMPLETED));
        catalog.putFile(Records.file("vs_1", "f2", T0, FAILED));

        assertThat(catalog.batchCounts(running)).isEqualTo(new FileCounts(2, 0, 0, 0, 2));
        assertThat(catalog.batchCounts(cancelled)).isEqualTo(new FileCounts(0, 0, 0, 2, 2));
    }

    @Test
    void recordsOfAnotherStoreDoNotCount() {
        BatchRecord batch = Records.batch("vs_1", "b1", FileBatchStatus.IN_PROGRESS, "f1");
        catalog.putFile(Records.batchFile("vs_2", "f1", "b1", COMPLETED));

        assertThat(catalog.batchCounts(batch)).isEqualTo(new FileCounts(1, 0, 0, 0, 1));
    }

    @Test
    void batchFilesShowRecordsOfTheBatchAndWaitingFilesMadeFromTheBatch() {
        catalog.putStore(new StoreRecord(
                "vs_1", "docs", T0, T0, null, null, "minilm", 384, new ChunkingStrategy.Static(200, 100)));
        BatchRecord batch = new BatchRecord(
                "vs_1",
                "b1",
                T0.plusSeconds(60),
                List.of("f1", "f2", "f3"),
                Map.of("tag", "x"),
                null,
                "job-1",
                FileBatchStatus.IN_PROGRESS);
        FileRecord done = Records.batchFile("vs_1", "f1", "b1", COMPLETED);
        catalog.putFile(done);
        catalog.putFile(Records.file("vs_1", "f2", T0, COMPLETED));

        List<FileRecord> files = catalog.batchFiles(batch, null, asc(10)).data();

        assertThat(files).hasSize(3);
        assertThat(files.get(0)).isEqualTo(done);
        assertThat(files.get(1))
                .isEqualTo(new FileRecord(
                        "vs_1",
                        "f2",
                        "f2.txt",
                        T0.plusSeconds(60),
                        IN_PROGRESS,
                        0,
                        null,
                        Map.of("tag", "x"),
                        new ChunkingStrategy.Static(200, 100),
                        0,
                        "b1"));
        assertThat(files.get(2).filename()).isEmpty();
        assertThat(files.get(2).status()).isEqualTo(IN_PROGRESS);
    }

    @Test
    void batchFilesFollowTheBatchOrderBothWaysWithCursors() {
        BatchRecord batch = Records.batch("vs_1", "b1", FileBatchStatus.IN_PROGRESS, "f1", "f2", "f3", "f4", "f5");

        Page<FileRecord> first = catalog.batchFiles(batch, null, asc(2));
        Page<FileRecord> second =
                catalog.batchFiles(batch, null, new PageRequest(2, "f2", null, PageRequest.Order.ASC));
        Page<FileRecord> last = catalog.batchFiles(batch, null, new PageRequest(2, "f4", null, PageRequest.Order.ASC));
        Page<FileRecord> newest =
                catalog.batchFiles(batch, null, new PageRequest(2, null, null, PageRequest.Order.DESC));
        Page<FileRecord> beforeF2 =
                catalog.batchFiles(batch, null, new PageRequest(2, null, "f2", PageRequest.Order.DESC));
        Page<FileRecord> between =
                catalog.batchFiles(batch, null, new PageRequest(10, "f1", "f5", PageRequest.Order.ASC));

        assertThat(ids(first)).containsExactly("f1", "f2");
        assertThat(first.hasMore()).isTrue();
        assertThat(ids(second)).containsExactly("f3", "f4");
        assertThat(ids(last)).containsExactly("f5");
        assertThat(last.hasMore()).isFalse();
        assertThat(ids(newest)).containsExactly("f5", "f4");
        assertThat(ids(beforeF2)).containsExactly("f4", "f3");
        assertThat(beforeF2.hasMore()).isTrue();
        assertThat(ids(between)).containsExactly("f2", "f3", "f4");
    }

    @Test
    void batchFilesFilterByTheStatusTheBatchReports() {
        BatchRecord batch = Records.batch("vs_1", "b1", FileBatchStatus.IN_PROGRESS, "f1", "f2", "f3", "f4");
        catalog.putFile(Records.batchFile("vs_1", "f1", "b1", COMPLETED));
        catalog.putFile(Records.file("vs_1", "f2", T0, COMPLETED));
        catalog.putFile(Records.batchFile("vs_1", "f3", "b1", COMPLETED));

        assertThat(ids(catalog.batchFiles(batch, COMPLETED, asc(10)))).containsExactly("f1", "f3");
        assertThat(ids(catalog.batchFiles(batch, IN_PROGRESS, asc(10)))).containsExactly("f2", "f4");
        assertThat(catalog.batchFiles(batch, COMPLETED, asc(1)).hasMore()).isTrue();
        assertThat(catalog.batchFiles(batch, FAILED, asc(10)).data()).isEmpty();
    }

    @Test
    void aCursorOutsideTheBatchGivesAnEmptyPage() {
        BatchRecord batch = Records.batch("vs_1", "b1", FileBatchStatus.IN_PROGRESS, "f1", "f2");

        assertThat(catalog.batchFiles(batch, null, new PageRequest(10, "f9", null, null)))
                .isEqualTo(Page.empty());
        assertThat(catalog.batchFiles(batch, null, new PageRequest(10, null, "f9", null)))
                .isEqualTo(Page.empty());
    }

    private static PageRequest asc(int limit) {
        return new PageRequest(limit, null, null, PageRequest.Order.ASC);
    }

    private static List<String> ids(Page<FileRecord> page) {
        return page.data().stream().map(FileRecord::fileId).toList();
    }
}
