package dev.strata.vectorio.catalog;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.vectorio.ChunkingStrategy;
import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.FileCounts;
import dev.strata.api.vectorio.VectorStoreFileStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The files of one batch as the batch reports them. A file whose record names this batch shows
 * that record. Any other file of the batch, with no record yet or one left by an earlier attach,
 * shows as waiting: {@code in_progress}, or {@code cancelled} once the batch is; its record then
 * comes from the batch (attached at the batch's time, with its attributes and chunking). The
 * files are listed in the batch's order, which {@code asc} keeps and {@code desc} turns round.
 */
final class BatchView {

    private final BatchRecord batch;
    private final Function<String, Optional<FileRecord>> fileRecord;
    private final Supplier<ChunkingStrategy> storeChunking;

    /**
     * @param fileRecord reads the record of a file of the batch's store
     * @param storeChunking the store's chunking, for waiting files of a batch that names none
     */
    BatchView(
            BatchRecord batch,
            Function<String, Optional<FileRecord>> fileRecord,
            Supplier<ChunkingStrategy> storeChunking) {
        this.batch = batch;
        this.fileRecord = fileRecord;
        this.storeChunking = storeChunking;
    }

    /** The status the batch reports for a file, given its record or {@code null}. */
    VectorStoreFileStatus status(FileRecord recordOrNull) {
        return status(batch.batchId(), batch.status(), recordOrNull);
    }

    /**
     * The status a batch reports for a file, given the file's record or {@code null}: the
     * record's own if it names the batch, else {@code in_progress} or, once the batch is
     * cancelled, {@code cancelled}.
     */
    static VectorStoreFileStatus status(String batchId, FileBatchStatus batchStatus, FileRecord recordOrNull) {
        if (recordOrNull != null && batchId.equals(recordOrNull.batchIdOrNull())) {
            return recordOrNull.status();
        }
        return batchStatus == FileBatchStatus.CANCELLED
                ? VectorStoreFileStatus.CANCELLED
                : VectorStoreFileStatus.IN_PROGRESS;
    }

    FileCounts counts() {
        StatusTally tally = new StatusTally();
        for (String fileId : batch.fileIds()) {
            tally.add(status(fileRecord.apply(fileId).orElse(null)));
        }
        return tally.counts();
    }

    Page<FileRecord> page(VectorStoreFileStatus statusOrNull, PageRequest page) {
        List<String> ordered = new ArrayList<>(batch.fileIds());
        if (page.order() == PageRequest.Order.DESC) {
            Collections.reverse(ordered);
        }
        int after = page.after() == null ? -1 : ordered.indexOf(page.after());
        int before = page.before() == null ? ordered.size() : ordered.indexOf(page.before());
        if ((page.after() != null && after < 0) || before < 0) {
            return Page.empty(); // a cursor that names no file of the batch
        }

        boolean reversed = page.before() != null;
        List<FileRecord> found = new ArrayList<>();
        int step = reversed ? -1 : 1;
        for (int i = reversed ? before - 1 : after + 1; i > after && i < before; i += step) {
            FileRecord file = view(ordered.get(i));
            if ((statusOrNull == null || file.status() == statusOrNull)
                    && found.add(file)
                    && found.size() > page.limit()) {
                break;
            }
        }

        boolean hasMore = found.size() > page.limit();
        List<FileRecord> items = new ArrayList<>(found.subList(0, Math.min(page.limit(), found.size())));
        if (reversed) {
            Collections.reverse(items);
        }
        return Page.of(items, hasMore, FileRecord::fileId);
    }

    /** A file of the batch as the batch reports it. */
    FileRecord view(String fileId) {
        FileRecord record = fileRecord.apply(fileId).orElse(null);
        if (record != null && batch.batchId().equals(record.batchIdOrNull())) {
            return record;
        }
        return new FileRecord(
                batch.storeId(),
                fileId,
                record == null ? "" : record.filename(),
                batch.createdAt(),
                status(record),
                0,
                null,
                batch.attributes(),
                batch.chunkingOrNull() == null ? storeChunking.get() : batch.chunkingOrNull(),
                0,
                batch.batchId());
    }
}
