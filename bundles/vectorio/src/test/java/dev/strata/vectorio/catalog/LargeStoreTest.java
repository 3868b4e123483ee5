package dev.strata.vectorio.catalog;

import static dev.strata.vectorio.catalog.Records.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.FileCounts;
import dev.strata.api.vectorio.VectorStoreFileStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** More files than one read of the KV store returns, so every count must page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeStoreTest {

    private static final int FILES = 2_500;

    private final InMemoryKVStore kv = new InMemoryKVStore(Clock.systemUTC());
    private final Catalog catalog = new Catalog(kv);
    private final List<String> fileIds = new ArrayList<>();

    @BeforeAll
    void manyFiles() {
        catalog.putStore(Records.store("vs_big", T0));
        VectorStoreFileStatus[] statuses = VectorStoreFileStatus.values();
        for (int i = 0; i < FILES; i++) {
            String fileId = "file-" + i;
            fileIds.add(fileId);
            // some files share a millisecond, as a fast batch leaves them
            FileRecord file = Records.batchFile("vs_big", fileId, "b1", statuses[i % statuses.length]);
            catalog.putFile(new FileRecord(
                    file.storeId(),
                    fileId,
                    file.filename(),
                    T0.plusMillis(i / 3),
                    file.status(),
                    file.usageBytes(),
                    file.lastErrorOrNull(),
                    file.attributes(),
                    file.chunking(),
                    file.chunkCount(),
                    file.batchIdOrNull()));
        }
        catalog.putFile(Records.file("vs_small", "file-x", T0, VectorStoreFileStatus.COMPLETED));
    }

    @Test
    void everyFileIsCountedExactly() {
        assertThat(FILES).isGreaterThan(PrefixReader.PAGE * 4);

        assertThat(catalog.counts("vs_big")).isEqualTo(new FileCounts(625, 625, 625, 625, FILES));
        assertThat(catalog.usageBytes("vs_big")).isEqualTo(FILES / 4 * 3 * 100L);
        assertThat(catalog.files("vs_big")).hasSize(FILES);
    }

    @Test
    void aBatchOfEveryFileIsCountedExactly() {
        BatchRecord batch =
                new BatchRecord("vs_big", "b1", T0, fileIds, null, null, "job-1", FileBatchStatus.IN_PROGRESS);

        assertThat(catalog.batchCounts(batch)).isEqualTo(new FileCounts(625, 625, 625, 625, FILES));
    }

    @Test
    void pagingThroughListsEveryFileOnceInOrder() {
        for (PageRequest.Order order : PageRequest.Order.values()) {
            List<FileRecord> seen = new ArrayList<>();
            Page<FileRecord> page = catalog.files("vs_big", null, new PageRequest(100, null, null, order));
            seen.addAll(page.data());
            while (page.hasMore()) {
                page = catalog.files("vs_big", null, new PageRequest(100, page.lastId(), null, order));
                seen.addAll(page.data());
            }

            Set<String> ids = new HashSet<>();
            seen.forEach(file -> ids.add(file.fileId()));
            assertThat(ids).hasSize(FILES);
            assertThat(seen).hasSize(FILES);
            assertThat(seen)
                    .extracting(FileRecord::createdAt)
                    .isSortedAccordingTo(
                            order == PageRequest.Order.ASC
                                    ? java.util.Comparator.naturalOrder()
                                    : java.util.Comparator.reverseOrder());
        }
    }

    @Test
    void aFilteredPageStepsOverManyOtherFiles() {
        Page<FileRecord> failed = catalog.files(
                "vs_big", VectorStoreFileStatus.FAILED, new PageRequest(100, "file-2400", null, PageRequest.Order.ASC));

        assertThat(failed.data())
                .extracting(FileRecord::fileId)
                .containsExactly(
                        "file-2402",
                        "file-2406",
                        "file-2410",
                        "file-2414",
                        "file-2418",
                        "file-2422",
                        "file-2426",
                        "file-2430",
                        "file-2434",
                        "file-2438",
                        "file-2442",
                        "file-2446",
                        "file-2450",
                        "file-2454",
                        "file-2458",
                        "file-2462",
                        "file-2466",
                        "file-2470",
                        "file-2474",
                        "file-2478",
                        "file-2482",
                        "file-2486",
                        "file-2490",
                        "file-2494",
                        "file-2498");
        assertThat(failed.hasMore()).isFalse();
    }
}
