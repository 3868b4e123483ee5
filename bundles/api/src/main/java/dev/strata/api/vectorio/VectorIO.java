package dev.strata.api.vectorio;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Vector stores, as OpenAI's vector store API has them: stores, the files attached to them,
 * file batches ingested by the job scheduler, and search over their chunks.
 *
 * <p>A file attached to a store is read as text (through {@code TextExtraction}), cut into
 * chunks by its {@link ChunkingStrategy}, embedded with the store's model, and indexed. Its
 * chunks carry its attributes, which search filters match.
 *
 * <p>All methods are safe to call from any thread, and return snapshots. A {@code null} or
 * invalid argument throws {@link IllegalArgumentException} and changes nothing; an id that
 * names nothing throws {@link UnknownVectorStoreException}. Every change is durable when the
 * method returns. The service carries the {@code ProviderProperties} of its provider.
 */
@ProviderType
public interface VectorIO {

    /** The job type of file batches; the provider registers its {@code JobExecutor}: {@value}. */
    String FILE_BATCH_JOB_TYPE = "vector_store_file_batch";

    /**
     * Creates a store. With file ids, it also starts a file batch for them, as {@link
     * #createFileBatch} does.
     *
     * @param request what the store should be, not {@code null}
     * @return the new store, never {@code null}
     * @throws IllegalArgumentException if the model is not served by the provider's inference
     *     service, or a file id names no file; nothing is created
     * @throws IllegalStateException if file ids are given and no job scheduler is present;
     *     nothing is created
     */
    VectorStore createStore(VectorStoreCreate request);

    /**
     * Reads a store.
     *
     * @param storeId the store's id, not {@code null}
     * @return the store, or empty if none has that id
     */
    Optional<VectorStore> getStore(String storeId);

    /**
     * Lists stores by creation time, as the page asks (newest first by default).
     *
     * @param page which page, not {@code null}
     * @return the page, never {@code null}
     */
    Page<VectorStore> listStores(PageRequest page);

    /**
     * Changes a store's name, metadata or expiry.
     *
     * @param storeId the store's id, not {@code null}
     * @param update what to change, not {@code null}
     * @return the store as it is now
     * @throws UnknownVectorStoreException if no store has that id
     */
    VectorStore updateStore(String storeId, VectorStoreUpdate update);

    /**
     * Deletes a store, its index and its file records; the files themselves stay in the Files
     * API. A file batch still running for it ends cancelled.
     *
     * @param storeId the store's id, not {@code null}
     * @return {@code true} if it was deleted; {@code false} if no store had that id
     */
    boolean deleteStore(String storeId);

    /**
     * Attaches one file and ingests it before returning. Attaching a file the store already
     * has ingests it again and replaces its chunks; it never duplicates them. Needs no job
     * scheduler.
     *
     * @param storeId the store's id, not {@code null}
     * @param fileId the file's id in the Files API, not {@code null}
     * @param attributes the file's attributes, {@code null} for none
     * @param chunkingOrNull how to chunk it; {@code null} for the store's strategy
     * @return the file record: completed, or failed with its {@link VectorStoreFile#lastError()}
     * @throws UnknownVectorStoreException if no store has that id
     * @throws IllegalArgumentException if the chunking strategy does not suit the store's model
     * @throws IllegalStateException if no Files or TextExtraction service is present
     */
    VectorStoreFile attachFile(
            String storeId, String fileId, Map<String, ?> attributes, ChunkingStrategy chunkingOrNull);

    /**
     * Reads a file's record in a store.
     *
     * @param storeId the store's id, not {@code null}
     * @param fileId the file's id, not {@code null}
     * @return the record, or empty if the store has no such file
     * @throws UnknownVectorStoreException if no store has that id
     */
    Optional<VectorStoreFile> getFile(String storeId, String fileId);

    /**
     * Lists a store's files by the time they were attached, as the page asks.
     *
     * @param storeId the store's id, not {@code null}
     * @param statusOrNull only files with this status; {@code null} for all
     * @param page which page, not {@code null}
     * @return the page, never {@code null}
     * @throws UnknownVectorStoreException if no store has that id
     */
    Page<VectorStoreFile> listFiles(String storeId, VectorStoreFileStatus statusOrNull, PageRequest page);

    /**
     * Replaces a file's attributes, in its record and in every indexed chunk, so that filters
     * see the change when this returns.
     *
     * @param storeId the store's id, not {@code null}
     * @param fileId the file's id, not {@code null}
     * @param attributes the new attributes, not {@code null}; empty removes them all
     * @return the record as it is now
     * @throws UnknownVectorStoreException if the store or the file in it is unknown
     */
    VectorStoreFile updateFileAttributes(String storeId, String fileId, Map<String, ?> attributes);

    /**
     * Detaches a file: its record and chunks go; the file stays in the Files API.
     *
     * @param storeId the store's id, not {@code null}
     * @param fileId the file's id, not {@code null}
     * @return {@code true} if it was detached; {@code false} if the store did not have it
     * @throws UnknownVectorStoreException if no store has that id
     */
    boolean deleteFile(String storeId, String fileId);

    /**
     * Reads a page of a file's parsed content: its chunks' texts, in order.
     *
     * @param storeId the store's id, not {@code null}
     * @param fileId the file's id, not {@code null}
     * @param pageTokenOrNull a previous page's {@link FileContentPage#nextPageOrNull()}; {@code
     *     null} for the first page
     * @return the page, never {@code null}
     * @throws UnknownVectorStoreException if the store or the file in it is unknown
     * @throws IllegalArgumentException if the page token is not one this file gave
     */
    FileContentPage fileContent(String storeId, String fileId, String pageTokenOrNull);

    /**
     * Creates a file batch and schedules the job that ingests it, returning at once. The job
     * ingests the files a few at a time, saves its progress after each file, and after a
     * restart skips the files already done. A file that cannot be ingested is counted failed
     * and the batch still completes.
     *
     * @param storeId the store's id, not {@code null}
     * @param fileIds the files, at least one, no repeats
     * @param attributes attributes every file of the batch gets, {@code null} for none
     * @param chunkingOrNull how to chunk them; {@code null} for the store's strategy
     * @return the batch, in progress
     * @throws UnknownVectorStoreException if no store has that id
     * @throws IllegalArgumentException if {@code fileIds} is empty or repeats an id, or the
     *     chunking does not suit the store's model; nothing is created
     * @throws IllegalStateException if no job scheduler is present; nothing is created
     */
    FileBatch createFileBatch(
            String storeId, List<String> fileIds, Map<String, ?> attributes, ChunkingStrategy chunkingOrNull);

    /**
     * Reads a file batch.
     *
     * @param storeId the store's id, not {@code null}
     * @param batchId the batch's id, not {@code null}
     * @return the batch, or empty if the store has no such batch
     * @throws UnknownVectorStoreException if no store has that id
     */
    Optional<FileBatch> getFileBatch(String storeId, String batchId);

    /**
     * Cancels a file batch: files not yet ingested are counted cancelled; files already
     * ingested stay. Cancelling a finished batch changes nothing.
     *
     * @param storeId the store's id, not {@code null}
     * @param batchId the batch's id, not {@code null}
     * @return the batch as it is now
     * @throws UnknownVectorStoreException if the store or the batch is unknown
     */
    FileBatch cancelFileBatch(String storeId, String batchId);

    /**
     * Lists a store's file batches by creation time, newest first unless the page asks
     * otherwise. Strata's own: the OpenAI API lists no batches. A provider may read every batch
     * record of the store to answer.
     *
     * @param storeId the store's id, not {@code null}
     * @param page which page, not {@code null}; its cursors are batch ids
     * @return the page, never {@code null}
     * @throws UnknownVectorStoreException if no store has that id
     */
    Page<FileBatch> listFileBatches(String storeId, PageRequest page);

    /**
     * Lists the files of a batch, as {@link #listFiles} does.
     *
     * @param storeId the store's id, not {@code null}
     * @param batchId the batch's id, not {@code null}
     * @param statusOrNull only files with this status; {@code null} for all
     * @param page which page, not {@code null}
     * @return the page, never {@code null}
     * @throws UnknownVectorStoreException if the store or the batch is unknown
     */
    Page<VectorStoreFile> listFileBatchFiles(
            String storeId, String batchId, VectorStoreFileStatus statusOrNull, PageRequest page);

    /**
     * Searches a store's chunks.
     *
     * @param storeId the store's id, not {@code null}
     * @param request what to look for, not {@code null}
     * @return the results, best first, at most {@link SearchRequest#maxNumResults()}, never
     *     {@code null}
     * @throws UnknownVectorStoreException if no store has that id
     */
    List<SearchResult> search(String storeId, SearchRequest request);
}
