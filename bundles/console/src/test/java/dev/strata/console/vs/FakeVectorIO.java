package dev.strata.console.vs;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.vectorio.ChunkingStrategy;
import dev.strata.api.vectorio.FileBatch;
import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.FileContentPage;
import dev.strata.api.vectorio.FileCounts;
import dev.strata.api.vectorio.SearchRequest;
import dev.strata.api.vectorio.SearchResult;
import dev.strata.api.vectorio.VectorIO;
import dev.strata.api.vectorio.VectorStore;
import dev.strata.api.vectorio.VectorStoreCreate;
import dev.strata.api.vectorio.VectorStoreFile;
import dev.strata.api.vectorio.VectorStoreFileError;
import dev.strata.api.vectorio.VectorStoreFileStatus;
import dev.strata.api.vectorio.VectorStoreStatus;
import dev.strata.api.vectorio.VectorStoreUpdate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Stores, files and batches in memory. A batch ingests one more file each time it is read,
 * failing the files whose names are in {@link #failing}; the real provider is tested in
 * strata-vectorio.
 */
final class FakeVectorIO implements VectorIO {

    final Map<String, VectorStore> stores = new LinkedHashMap<>();
    final List<VectorStoreFile> files = new ArrayList<>();
    final Map<String, FileBatch> batches = new LinkedHashMap<>();
    final Map<String, List<String>> batchFiles = new LinkedHashMap<>();
    final List<Map<String, ?>> batchAttributes = new ArrayList<>();
    final Set<String> failing = new HashSet<>();
    final Set<String> cancelled = new HashSet<>();
    FakeFiles names;
    RuntimeException refuseBatch;
    List<SearchRequest> searches = new ArrayList<>();
    private int next = 1;

    FakeVectorIO(FakeFiles names) {
        this.names = names;
    }

    VectorStore add(String name) {
        VectorStore store = new VectorStore(
                "vs_" + next++,
                name,
                FakeFiles.AT,
                FakeFiles.AT,
                VectorStoreStatus.COMPLETED,
                0,
                FileCounts.NONE,
                Map.of(),
                null,
                null,
                "minilm",
                384,
                ChunkingStrategy.AUTO);
        stores.put(store.id(), store);
        return store;
    }

    void attach(String storeId, String fileId, VectorStoreFileStatus status, String batchId) {
        VectorStoreFileError error = status == VectorStoreFileStatus.FAILED
                ? new VectorStoreFileError(VectorStoreFileError.Code.UNSUPPORTED_FILE, "cannot read " + fileId)
                : null;
        files.removeIf(f -> f.id().equals(fileId) && f.vectorStoreId().equals(storeId));
        files.add(new VectorStoreFile(
                fileId, storeId, FakeFiles.AT, status, 0, error, Map.of(), ChunkingStrategy.AUTO, 0, batchId));
    }

    @Override
    public VectorStore createStore(VectorStoreCreate request) {
        VectorStore store = add(request.name());
        return store;
    }

    @Override
    public Optional<VectorStore> getStore(String storeId) {
        return Optional.ofNullable(stores.get(storeId));
    }

    @Override
    public Page<VectorStore> listStores(PageRequest page) {
        return page(new ArrayList<>(stores.values()), page, VectorStore::id);
    }

    @Override
    public VectorStore updateStore(String storeId, VectorStoreUpdate update) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean deleteStore(String storeId) {
        return stores.remove(storeId) != null;
    }

    @Override
    public VectorStoreFile attachFile(
            String storeId, String fileId, Map<String, ?> attributes, ChunkingStrategy chunkingOrNull) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<VectorStoreFile> getFile(String storeId, String fileId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<VectorStoreFile> listFiles(String storeId, VectorStoreFileStatus statusOrNull, PageRequest page) {
        List<VectorStoreFile> matching = files.stream()
                .filter(f -> f.vectorStoreId().equals(storeId))
                .filter(f -> statusOrNull == null || f.status() == statusOrNull)
                .toList();
        return page(matching, page, VectorStoreFile::id);
    }

    @Override
    public VectorStoreFile updateFileAttributes(String storeId, String fileId, Map<String, ?> attributes) {
        VectorStoreFile old = files.stream()
                .filter(f -> f.id().equals(fileId) && f.vectorStoreId().equals(storeId))
                .findFirst()
                .orElseThrow();
        VectorStoreFile updated = new VectorStoreFile(
                old.id(),
                old.vectorStoreId(),
                old.createdAt(),
                old.status(),
                old.usageBytes(),
                old.lastError(),
                Map.copyOf(attributes),
                old.chunkingStrategy(),
                old.chunkCount(),
                old.batchIdOrNull());
        files.set(files.indexOf(old), updated);
        return updated;
    }

    @Override
    public boolean deleteFile(String storeId, String fileId) {
        return files.removeIf(f -> f.vectorStoreId().equals(storeId) && f.id().equals(fileId));
    }

    @Override
    public FileContentPage fileContent(String storeId, String fileId, String pageTokenOrNull) {
        throw new UnsupportedOperationException();
    }

    @Override
    public FileBatch createFileBatch(
            String storeId, List<String> fileIds, Map<String, ?> attributes, ChunkingStrategy chunkingOrNull) {
        if (refuseBatch != null) {
            throw refuseBatch;
        }
        String id = "vsfb_" + next++;
        batchFiles.put(id, List.copyOf(fileIds));
        batchAttributes.add(attributes);
        fileIds.forEach(fileId -> attach(storeId, fileId, VectorStoreFileStatus.IN_PROGRESS, id));
        FileBatch batch =
                new FileBatch(id, storeId, FakeFiles.AT, FileBatchStatus.IN_PROGRESS, counts(id), "job-" + id);
        batches.put(id, batch);
        return batch;
    }

    @Override
    public Optional<FileBatch> getFileBatch(String storeId, String batchId) {
        FileBatch batch = batches.get(batchId);
        if (batch == null) {
            return Optional.empty();
        }
        if (batch.status() == FileBatchStatus.IN_PROGRESS) {
            ingestOne(batchId);
        }
        return Optional.of(batches.get(batchId));
    }

    @Override
    public FileBatch cancelFileBatch(String storeId, String batchId) {
        FileBatch batch = batches.get(batchId);
        if (batch.status() != FileBatchStatus.IN_PROGRESS) {
            return batch;
        }
        cancelled.add(batchId);
        for (VectorStoreFile file : batchFilesOf(batchId, VectorStoreFileStatus.IN_PROGRESS)) {
            attach(storeId, file.id(), VectorStoreFileStatus.CANCELLED, batchId);
        }
        return update(batchId, FileBatchStatus.CANCELLED);
    }

    @Override
    public Page<FileBatch> listFileBatches(String storeId, PageRequest page) {
        List<FileBatch> ofStore = batches.values().stream()
                .filter(batch -> batch.vectorStoreId().equals(storeId))
                .toList();
        return page(ofStore, page, FileBatch::id);
    }

    @Override
    public Page<VectorStoreFile> listFileBatchFiles(
            String storeId, String batchId, VectorStoreFileStatus statusOrNull, PageRequest page) {
        List<VectorStoreFile> inBatch = batchFiles.get(batchId).stream()
                .flatMap(id -> files.stream().filter(f -> f.id().equals(id)))
                .filter(f -> statusOrNull == null || f.status() == statusOrNull)
                .toList();
        return page(inBatch, page, VectorStoreFile::id);
    }

    @Override
    public List<SearchResult> search(String storeId, SearchRequest request) {
        searches.add(request);
        return List.of();
    }

    private void ingestOne(String batchId) {
        List<VectorStoreFile> waiting = batchFilesOf(batchId, VectorStoreFileStatus.IN_PROGRESS);
        if (!waiting.isEmpty()) {
            VectorStoreFile file = waiting.get(0);
            String name = names.get(file.id()).orElseThrow().filename();
            attach(
                    file.vectorStoreId(),
                    file.id(),
                    failing.contains(name) ? VectorStoreFileStatus.FAILED : VectorStoreFileStatus.COMPLETED,
                    batchId);
        }
        update(batchId, waiting.size() <= 1 ? FileBatchStatus.COMPLETED : FileBatchStatus.IN_PROGRESS);
    }

    private List<VectorStoreFile> batchFilesOf(String batchId, VectorStoreFileStatus status) {
        return listFileBatchFiles("", batchId, status, PageRequest.ofLimit(100)).data();
    }

    private FileBatch update(String batchId, FileBatchStatus status) {
        FileBatch old = batches.get(batchId);
        FileBatch now =
                new FileBatch(old.id(), old.vectorStoreId(), old.createdAt(), status, counts(batchId), old.jobId());
        batches.put(batchId, now);
        return now;
    }

    private FileCounts counts(String batchId) {
        long[] byStatus = new long[VectorStoreFileStatus.values().length];
        batchFiles
                .get(batchId)
                .forEach(id -> files.stream()
                        .filter(f -> f.id().equals(id))
                        .forEach(f -> byStatus[f.status().ordinal()]++));
        return FileCounts.of(
                byStatus[VectorStoreFileStatus.IN_PROGRESS.ordinal()],
                byStatus[VectorStoreFileStatus.COMPLETED.ordinal()],
                byStatus[VectorStoreFileStatus.FAILED.ordinal()],
                byStatus[VectorStoreFileStatus.CANCELLED.ordinal()]);
    }

    /** Pages {@code items}, which are oldest first, as the request asks; newest first by default. */
    static <T> Page<T> page(List<T> items, PageRequest request, Function<T, String> id) {
        List<T> ordered = new ArrayList<>(items);
        if (request.order() == PageRequest.Order.DESC) {
            java.util.Collections.reverse(ordered);
        }
        int start = 0;
        if (request.after() != null) {
            start = ordered.stream().map(id).toList().indexOf(request.after()) + 1;
            if (start == 0) {
                return Page.empty();
            }
        }
        int end = Math.min(ordered.size(), start + request.limit());
        return Page.of(ordered.subList(start, end), end < ordered.size(), id);
    }
}
