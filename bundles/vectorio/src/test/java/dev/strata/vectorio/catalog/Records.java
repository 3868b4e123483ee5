package dev.strata.vectorio.catalog;

import dev.strata.api.vectorio.ChunkingStrategy;
import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.VectorStoreFileError;
import dev.strata.api.vectorio.VectorStoreFileStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Records for tests, with every optional field unset unless a test sets it. */
final class Records {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private Records() {}

    static StoreRecord store(String id, Instant createdAt) {
        return new StoreRecord(
                id, "store " + id, createdAt, createdAt, Map.of(), null, "minilm", 384, ChunkingStrategy.AUTO);
    }

    static FileRecord file(String storeId, String fileId, Instant createdAt, VectorStoreFileStatus status) {
        VectorStoreFileError error = status == VectorStoreFileStatus.FAILED
                ? new VectorStoreFileError(VectorStoreFileError.Code.INVALID_FILE, "the file is empty of text")
                : null;
        return new FileRecord(
                storeId,
                fileId,
                fileId + ".txt",
                createdAt,
                status,
                error == null ? 100 : 0,
                error,
                Map.of(),
                ChunkingStrategy.AUTO,
                1,
                null);
    }

    static FileRecord batchFile(String storeId, String fileId, String batchId, VectorStoreFileStatus status) {
        FileRecord file = file(storeId, fileId, T0, status);
        return new FileRecord(
                storeId,
                fileId,
                file.filename(),
                file.createdAt(),
                status,
                file.usageBytes(),
                file.lastErrorOrNull(),
                file.attributes(),
                file.chunking(),
                file.chunkCount(),
                batchId);
    }

    static BatchRecord batch(String storeId, String batchId, FileBatchStatus status, String... fileIds) {
        return new BatchRecord(storeId, batchId, T0, List.of(fileIds), Map.of(), null, "job-" + batchId, status);
    }
}
