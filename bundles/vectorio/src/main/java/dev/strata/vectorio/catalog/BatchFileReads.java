package dev.strata.vectorio.catalog;

import dev.strata.api.kvstore.KVEntry;
import dev.strata.api.kvstore.KVStore;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the records of a batch's files in few KV calls, for counting them.
 *
 * <p>Read one by one, a batch of a thousand files costs a thousand KV calls, and a batch's
 * counts are read again and again while it runs: a progress bar or an OpenAI client polling the
 * batch reads them every second or so. A store filled by batches holds few files besides those
 * of the batch, so this reads the store's file records in key order, a page at a time, and keeps
 * those of the batch; it reads at most twice as many records as the batch has files (plus one),
 * and reads the files it has not met by then one by one, so a small batch in a large store costs
 * about what reading its files one by one does.
 */
final class BatchFileReads {

    private BatchFileReads() {}

    /**
     * Reads the records of the batch's files.
     *
     * @param oneByOne reads the record of one file of the batch's store, for the files the
     *     pages did not reach
     * @return a file's record by its id, empty if the file has none
     * @throws IllegalStateException if a record of the batch cannot be read; the message names
     *     its key
     */
    static Function<String, Optional<FileRecord>> of(
            KVStore kv, RecordCodec codec, BatchRecord batch, Function<String, Optional<FileRecord>> oneByOne) {
        Set<String> keys = new HashSet<>();
        for (String fileId : batch.fileIds()) {
            keys.add(CatalogKeys.file(batch.storeId(), fileId));
        }
        int budget = 2 * keys.size() + 1;
        String prefix = CatalogKeys.filesOf(batch.storeId());
        String start = prefix;
        String end = CatalogKeys.end(prefix);
        Map<String, FileRecord> found = new HashMap<>();
        int read = 0;
        boolean complete = false;
        while (!complete && read < budget) {
            int asked = Math.min(PrefixReader.PAGE, budget - read);
            List<KVEntry> page = kv.range(start, end, asked);
            for (KVEntry entry : page) {
                if (keys.contains(entry.key())) {
                    FileRecord file = codec.readFile(entry.key(), entry.value());
                    found.put(file.fileId(), file);
                }
            }
            read += page.size();
            complete = page.size() < asked;
            if (!page.isEmpty()) {
                start = CatalogKeys.after(page.get(page.size() - 1).key());
            }
        }
        boolean everyRecordRead = complete;
        return fileId -> {
            FileRecord file = found.get(fileId);
            if (file != null) {
                return Optional.of(file);
            }
            return everyRecordRead ? Optional.empty() : oneByOne.apply(fileId);
        };
    }
}
