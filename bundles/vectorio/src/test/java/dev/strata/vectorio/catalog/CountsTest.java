package dev.strata.vectorio.catalog;

import static dev.strata.api.vectorio.VectorStoreFileStatus.CANCELLED;
import static dev.strata.api.vectorio.VectorStoreFileStatus.COMPLETED;
import static dev.strata.api.vectorio.VectorStoreFileStatus.FAILED;
import static dev.strata.api.vectorio.VectorStoreFileStatus.IN_PROGRESS;
import static dev.strata.vectorio.catalog.Records.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.vectorio.ExpiresAfter;
import dev.strata.api.vectorio.FileCounts;
import dev.strata.api.vectorio.VectorStore;
import dev.strata.api.vectorio.VectorStoreStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CountsTest {

    private final Catalog catalog = new Catalog(new InMemoryKVStore(Clock.systemUTC()));

    @Test
    void aStoreWithoutFilesCountsNone() {
        catalog.putStore(Records.store("vs_1", T0));

        assertThat(catalog.counts("vs_1")).isEqualTo(FileCounts.NONE);
        assertThat(catalog.usageBytes("vs_1")).isZero();
        assertThat(catalog.files("vs_1")).isEmpty();
    }

    @Test
    void filesAreCountedByStatusAndTheirUsageAddedUp() {
        catalog.putFile(Records.file("vs_1", "file-1", T0, COMPLETED));
        catalog.putFile(Records.file("vs_1", "file-2", T0, COMPLETED).completed(250, 3));
        catalog.putFile(Records.file("vs_1", "file-3", T0, IN_PROGRESS));
        catalog.putFile(Records.file("vs_1", "file-4", T0, FAILED));
        catalog.putFile(Records.file("vs_1", "file-5", T0, CANCELLED));
        catalog.putFile(Records.file("vs_1", "file-6", T0, CANCELLED));

        assertThat(catalog.counts("vs_1")).isEqualTo(new FileCounts(1, 2, 1, 2, 6));
        assertThat(catalog.usageBytes("vs_1")).isEqualTo(100 + 250 + 100 + 0 + 100 + 100);
    }

    @Test
    void filesOfAnotherStoreAreNotCounted() {
        catalog.putFile(Records.file("vs_1", "file-1", T0, COMPLETED));
        catalog.putFile(Records.file("vs_10", "file-2", T0, IN_PROGRESS));
        catalog.putFile(Records.file("vs_2", "file-3", T0, IN_PROGRESS));

        assertThat(catalog.counts("vs_1")).isEqualTo(new FileCounts(0, 1, 0, 0, 1));
        assertThat(catalog.files("vs_1")).extracting(FileRecord::fileId).containsExactly("file-1");
    }

    @Test
    void aFileWrittenAgainIsCountedOnce() {
        catalog.putFile(Records.file("vs_1", "file-1", T0, IN_PROGRESS));
        catalog.putFile(Records.file("vs_1", "file-1", T0.plusSeconds(5), COMPLETED));

        assertThat(catalog.counts("vs_1")).isEqualTo(new FileCounts(0, 1, 0, 0, 1));
    }

    @Test
    void aStoreShowsInProgressWhileAFileIsAndExpiredFromItsExpiry() {
        StoreRecord store = new StoreRecord(
                "vs_1",
                "docs",
                T0,
                T0,
                null,
                new ExpiresAfter(2),
                "minilm",
                384,
                dev.strata.api.vectorio.ChunkingStrategy.AUTO);
        Instant expiry = T0.plus(Duration.ofDays(2));

        VectorStore busy = store.toVectorStore(new FileCounts(1, 2, 0, 0, 3), 10, T0);
        VectorStore done = store.toVectorStore(new FileCounts(0, 2, 1, 0, 3), 10, expiry.minusMillis(1));
        VectorStore expired = store.toVectorStore(new FileCounts(1, 0, 0, 0, 1), 10, expiry);

        assertThat(store.expiresAtOrNull()).isEqualTo(expiry);
        assertThat(busy.status()).isEqualTo(VectorStoreStatus.IN_PROGRESS);
        assertThat(done.status()).isEqualTo(VectorStoreStatus.COMPLETED);
        assertThat(expired.status()).isEqualTo(VectorStoreStatus.EXPIRED);
        assertThat(expired.expiresAt()).isEqualTo(expiry);
        assertThat(expired.usageBytes()).isEqualTo(10);
        assertThat(Records.store("vs_2", T0).expiresAtOrNull()).isNull();
    }
}
