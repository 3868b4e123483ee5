package dev.strata.vectorio.store;

import dev.strata.api.files.FileInfo;
import dev.strata.api.files.Files;
import dev.strata.api.files.TextExtraction;
import dev.strata.api.files.UnknownFileException;
import dev.strata.api.files.UnsupportedFileTypeException;
import dev.strata.api.inference.Embeddings;
import dev.strata.api.inference.Inference;
import dev.strata.api.inference.InferenceException;
import dev.strata.api.inference.TokenizedText;
import dev.strata.api.inference.UnknownModelException;
import dev.strata.api.vectorio.VectorStoreFileError;
import dev.strata.api.vectorio.VectorStoreFileError.Code;
import dev.strata.api.vectorio.VectorStoreFileStatus;
import dev.strata.vectorio.catalog.FileRecord;
import dev.strata.vectorio.catalog.StoreRecord;
import dev.strata.vectorio.chunk.ChunkIds;
import dev.strata.vectorio.chunk.ChunkSize;
import dev.strata.vectorio.chunk.Chunker;
import dev.strata.vectorio.chunk.TextChunk;
import dev.strata.vectorio.index.IndexedChunk;
import dev.strata.vectorio.index.StoreIndex;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests one file into a store: reads it from the Files API, reads its text, cuts the text
 * into chunks by the model's tokens, embeds them and replaces the file's chunks in the index.
 *
 * <p>A fault of the file (gone, unreadable, of a format without text) ends in a failed record
 * with its {@code last_error}; a fault of the provider's surroundings (no Files service) throws
 * {@link IllegalStateException}, so that a batch retries later rather than failing its files.
 * Interruption is honoured between steps; the index write itself runs on the provider's index
 * threads and is never interrupted halfway, because an interrupted Lucene commit can leave its
 * writer unusable. Thread-safe.
 */
final class FileIngestion {

    /** How many chunks go to the model in one call; between calls an interrupt is noticed. */
    static final int EMBED_GROUP = 16;

    private static final Logger LOG = LoggerFactory.getLogger(FileIngestion.class);

    private final Inference inference;
    private final OptionalServices services;
    private final StoreIndexes indexes;
    private final ExecutorService indexWrites;

    FileIngestion(Inference inference, OptionalServices services, StoreIndexes indexes, ExecutorService indexWrites) {
        this.inference = inference;
        this.services = services;
        this.indexes = indexes;
        this.indexWrites = indexWrites;
    }

    /**
     * Ingests the file a record names.
     *
     * @return the record completed, or failed with the reason
     * @throws InterruptedException if interrupted before the index write; the index is unchanged
     * @throws IllegalStateException if no Files or TextExtraction service is present
     */
    FileRecord ingest(StoreRecord store, FileRecord file, ChunkSize size) throws InterruptedException {
        FileRecord result = attempt(store, file, size, null, () -> false);
        if (result.status() == VectorStoreFileStatus.FAILED) {
            removeChunks(store, result);
        }
        return result;
    }

    /**
     * Ingests the file a record names as {@link #ingest} does, but only stages its chunks in the
     * index: a completed record may be written once {@link StoreIndex#awaitDurable} returned for
     * its sequence number. A failed record is final at once.
     */
    Staged ingestStaged(StoreRecord store, FileRecord file, ChunkSize size, BooleanSupplier stop)
            throws InterruptedException {
        long[] sequence = {Staged.NOTHING_STAGED};
        FileRecord result = attempt(store, file, size, sequence, stop);
        if (result.status() == VectorStoreFileStatus.FAILED) {
            removeChunks(store, result);
            return new Staged(result, Staged.NOTHING_STAGED);
        }
        return new Staged(result, sequence[0]);
    }

    /**
     * A file's ingestion whose chunks are staged but perhaps not durable yet.
     *
     * @param record the file's record as it should be written
     * @param sequence the index change to wait for before writing it, or {@link #NOTHING_STAGED}
     */
    record Staged(FileRecord record, long sequence) {

        static final long NOTHING_STAGED = -1;
    }

    /** A failed file keeps no chunks of an earlier ingestion, so search agrees with its status. */
    private void removeChunks(StoreRecord store, FileRecord file) {
        try {
            writeUninterruptibly(indexes.of(store), file.fileId(), List.of());
        } catch (IOException | RuntimeException e) {
            LOG.warn(
                    "cannot remove the old chunks of failed file {} from vector store {}",
                    file.fileId(),
                    store.id(),
                    e);
        }
    }

    /** Ingests; with {@code stagedOrNull} the chunks are staged and their sequence put there. */
    private FileRecord attempt(
            StoreRecord store, FileRecord file, ChunkSize size, long[] stagedOrNull, BooleanSupplier stop)
            throws InterruptedException {
        Files files = services.files()
                .orElseThrow(() -> new IllegalStateException("no Files service is running, so file " + file.fileId()
                        + " cannot be read; add a files" + " provider to etc/run.yaml"));
        TextExtraction extraction = services.textExtraction()
                .orElseThrow(() -> new IllegalStateException("no TextExtraction service is running, so file "
                        + file.fileId() + " cannot be read; install the strata-files feature"));
        Optional<FileInfo> info = files.get(file.fileId());
        if (info.isEmpty()) {
            return failed(
                    file,
                    file.filename(),
                    Code.INVALID_FILE,
                    "file " + file.fileId()
                            + " is not in the Files API: it was deleted, expired or never uploaded; upload it again");
        }
        String filename = info.get().filename();
        try {
            String text = read(files, extraction, info.get());
            if (text.isBlank()) {
                return failed(
                        file,
                        filename,
                        Code.INVALID_FILE,
                        "file " + file.fileId() + " (" + filename + ") has no text to index");
            }
            checkInterrupted(stop);
            return index(store, file, filename, text, size, stagedOrNull, stop);
        } catch (UnsupportedFileTypeException e) {
            return failed(file, filename, Code.UNSUPPORTED_FILE, e.getMessage());
        } catch (UnknownFileException e) {
            return failed(file, filename, Code.INVALID_FILE, e.getMessage());
        } catch (UnknownModelException e) {
            return failed(
                    file,
                    filename,
                    Code.SERVER_ERROR,
                    "the store's embedding model " + store.embeddingModel() + " is not served now: " + e.getMessage());
        } catch (InferenceException | IOException e) {
            LOG.warn("ingesting file {} ({}) into vector store {} failed", file.fileId(), filename, store.id(), e);
            return failed(file, filename, Code.SERVER_ERROR, String.valueOf(e.getMessage()));
        } catch (IllegalArgumentException e) {
            return failed(file, filename, Code.INVALID_FILE, e.getMessage());
        }
    }

    private static String read(Files files, TextExtraction extraction, FileInfo info) throws IOException {
        try (InputStream content = files.content(info.id())) {
            return extraction.extract(content, info.filename(), null).text();
        }
    }

    private FileRecord index(
            StoreRecord store,
            FileRecord file,
            String filename,
            String text,
            ChunkSize size,
            long[] stagedOrNull,
            BooleanSupplier stop)
            throws InterruptedException, IOException {
        // one tokenization serves the boundaries, each chunk's count and its embedding, where the
        // provider can read chunks from it (Inference.tokenizeText)
        TokenizedText tokenized = inference.tokenizeText(store.embeddingModel(), text);
        List<TextChunk> chunks = Chunker.split(text, tokenized.tokens(), size, tokenized::tokenCount);
        List<IndexedChunk> indexed = new ArrayList<>(chunks.size());
        for (int from = 0; from < chunks.size(); from += EMBED_GROUP) {
            checkInterrupted(stop);
            List<TextChunk> group = chunks.subList(from, Math.min(chunks.size(), from + EMBED_GROUP));
            Embeddings embeddings = inference.embedWindows(
                    tokenized, group.stream().map(TextChunk::window).toList());
            for (int i = 0; i < group.size(); i++) {
                TextChunk chunk = group.get(i);
                indexed.add(new IndexedChunk(
                        ChunkIds.of(store.id(), file.fileId(), chunk.position()),
                        file.fileId(),
                        filename,
                        chunk.position(),
                        chunk.text(),
                        embeddings.vector(i),
                        file.attributes()));
            }
        }
        checkInterrupted(stop);
        StoreIndex index = indexes.of(store);
        long usage;
        if (stagedOrNull == null) {
            usage = writeUninterruptibly(index, file.fileId(), indexed);
        } else {
            // StoreIndex writes on its own threads, which no interrupt reaches
            stagedOrNull[0] = index.stageFile(file.fileId(), indexed);
            usage = usage(indexed, store.dimension());
        }
        return new FileRecord(
                file.storeId(),
                file.fileId(),
                filename,
                file.createdAt(),
                VectorStoreFileStatus.COMPLETED,
                usage,
                null,
                file.attributes(),
                file.chunking(),
                indexed.size(),
                file.batchIdOrNull());
    }

    /** Replaces the file's chunks on an index thread, waiting for it even when interrupted. */
    private long writeUninterruptibly(StoreIndex index, String fileId, List<IndexedChunk> chunks) throws IOException {
        Future<Long> write = indexWrites.submit(() -> {
            index.replaceFile(fileId, chunks);
            return index.fileBytes(fileId);
        });
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return write.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IOException("writing the chunks of file " + fileId + " failed: " + e.getCause(), e);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The bytes chunks take, as {@link StoreIndex#fileBytes} counts them: UTF-8 text and floats. */
    private static long usage(List<IndexedChunk> chunks, int dimension) {
        long bytes = 0;
        for (IndexedChunk chunk : chunks) {
            bytes += chunk.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 4L * dimension;
        }
        return bytes;
    }

    static FileRecord failed(FileRecord file, String filename, Code code, String message) {
        return new FileRecord(
                file.storeId(),
                file.fileId(),
                filename,
                file.createdAt(),
                VectorStoreFileStatus.FAILED,
                0,
                new VectorStoreFileError(code, message),
                file.attributes(),
                file.chunking(),
                0,
                file.batchIdOrNull());
    }

    /**
     * Stops between steps when interrupted or asked to. A batch asks rather than interrupts: an
     * interrupt that reaches a thread inside an embedded Derby call closes its connection.
     */
    private static void checkInterrupted(BooleanSupplier stop) throws InterruptedException {
        if (Thread.interrupted() || stop.getAsBoolean()) {
            throw new InterruptedException("ingestion interrupted");
        }
    }
}
