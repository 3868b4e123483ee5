package dev.strata.vectorio.catalog;

import static dev.strata.api.vectorio.VectorStoreFileStatus.COMPLETED;
import static dev.strata.api.vectorio.VectorStoreFileStatus.IN_PROGRESS;
import static dev.strata.vectorio.catalog.Records.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.VectorStoreFileError;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class CompareAndSetTest {

    private final Catalog catalog = new Catalog(new InMemoryKVStore(Clock.systemUTC()));

    @Test
    void aFileUnchangedSinceItWasReadIsReplaced() {
        catalog.putFile(Records.file("vs_1", "f1", T0, IN_PROGRESS));
        Versioned<FileRecord> read = catalog.file("vs_1", "f1").orElseThrow();

        assertThat(catalog.compareAndSetFile(read, read.value().completed(500, 4)))
                .isTrue();

        FileRecord now = catalog.file("vs_1", "f1").orElseThrow().value();
        assertThat(now.status()).isEqualTo(COMPLETED);
        assertThat(now.usageBytes()).isEqualTo(500);
        assertThat(now.chunkCount()).isEqualTo(4);
    }

    @Test
    void aFileChangedSinceItWasReadIsLeftAsItIs() {
        catalog.putFile(Records.file("vs_1", "f1", T0, IN_PROGRESS));
        Versioned<FileRecord> read = catalog.file("vs_1", "f1").orElseThrow();
        FileRecord cancelled = read.value().cancelled();
        catalog.putFile(cancelled);

        boolean replaced = catalog.compareAndSetFile(
                read, read.value().failed(new VectorStoreFileError(VectorStoreFileError.Code.SERVER_ERROR, "down")));

        assertThat(replaced).isFalse();
        assertThat(catalog.file("vs_1", "f1").orElseThrow().value()).isEqualTo(cancelled);
    }

    @Test
    void aFileDeletedSinceItWasReadIsNotBroughtBack() {
        catalog.putFile(Records.file("vs_1", "f1", T0, IN_PROGRESS));
        Versioned<FileRecord> read = catalog.file("vs_1", "f1").orElseThrow();
        catalog.deleteFile("vs_1", "f1");

        assertThat(catalog.compareAndSetFile(read, read.value().completed(1, 1)))
                .isFalse();
        assertThat(catalog.file("vs_1", "f1")).isEmpty();
    }

    @Test
    void aFileCannotBeSwappedForAnotherOrMovedInTime() {
        catalog.putFile(Records.file("vs_1", "f1", T0, IN_PROGRESS));
        Versioned<FileRecord> read = catalog.file("vs_1", "f1").orElseThrow();

        assertThatThrownBy(() -> catalog.compareAndSetFile(read, Records.file("vs_1", "f2", T0, COMPLETED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("putFile");
        assertThatThrownBy(
                        () -> catalog.compareAndSetFile(read, Records.file("vs_1", "f1", T0.plusSeconds(1), COMPLETED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("created_at");
    }

    @Test
    void aBatchIsReplacedOnlyIfUnchanged() {
        BatchRecord batch = new BatchRecord(
                "vs_1", "b1", T0, java.util.List.of("f1"), null, null, null, FileBatchStatus.IN_PROGRESS);

        catalog.putBatch(batch);
        Versioned<BatchRecord> read = catalog.batch("vs_1", "b1").orElseThrow();
        assertThat(read.value()).isEqualTo(batch);

        assertThat(catalog.compareAndSetBatch(read, batch.withJobId("job-1"))).isTrue();
        assertThat(catalog.compareAndSetBatch(read, batch.withStatus(FileBatchStatus.CANCELLED)))
                .isFalse();
        assertThat(catalog.batch("vs_1", "b1").orElseThrow().value().jobId()).isEqualTo("job-1");
        assertThatThrownBy(() -> catalog.compareAndSetBatch(
                        read, Records.batch("vs_1", "b2", FileBatchStatus.IN_PROGRESS, "f1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void versionsCompareTheirBytesNotTheirArrays() {
        catalog.putFile(Records.file("vs_1", "f1", T0, IN_PROGRESS));

        Versioned<FileRecord> one = catalog.file("vs_1", "f1").orElseThrow();
        Versioned<FileRecord> other = catalog.file("vs_1", "f1").orElseThrow();

        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
        byte[] stored = one.stored();
        stored[0] = 'x';
        assertThat(one).isEqualTo(other);
    }
}
