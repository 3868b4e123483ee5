package dev.strata.vectorio.index;

import dev.strata.api.vectorio.SearchMode;
import dev.strata.api.vectorio.SearchResult;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of one vector store, in a folder of its own: the chunks of its files, each
 * with its text (BM25 over English stems), its vector (HNSW, cosine similarity) and its file's
 * attributes (for filters). Open it once per folder; the folder stays locked (Lucene's {@code
 * write.lock}, an OS lock that a crashed process releases) until its owner closes it.
 *
 * <p><b>Durability.</b> Every change is committed (fsync) and searchable when its call returns,
 * so a crash loses nothing a returned call wrote. Concurrent writers share commits: a change made
 * while a commit runs waits for the next one, which serves every change that arrived meanwhile
 * (see {@link GroupCommit}). A call that throws may or may not have taken effect. A file's chunks
 * change together or not at all: a search sees all the old chunks or all the new ones. If Lucene
 * fails for good (a full disk during a flush, say), it closes its writer and every later write
 * throws {@link IllegalStateException} naming the cause, until the owner opens the index again.
 *
 * <p><b>Threads.</b> Thread-safe: any number of threads may write and search at once. Writes run
 * on the index's own threads, which are never interrupted, because Lucene closes its writer for
 * good when a thread is interrupted in the middle of a write; a caller interrupted while it waits
 * keeps waiting until the write is done and finds its interrupt flag set. Changes to one file are
 * made one after the other. Lock order: a file's lock (see {@link FileLocks}), then Lucene's own
 * (a write or refresh takes them under a file's lock). The group commit's lock comes last: no
 * other lock is taken while it is held, and it is not held while a commit runs. A file's lock is
 * released before its change waits for a commit, so a change waiting for a commit holds up no other.
 *
 * <p><b>Limits.</b> Vectors of 1 to {@value #MAX_DIMENSION} dimensions (Lucene's default limit
 * of 1024 is raised by {@link StoreCodec}); filters compare numbers as doubles; a keyword query
 * keeps its first {@value KeywordQuery#MAX_TERMS} distinct terms.
 */
public final class StoreIndex implements Closeable {

    /** The most dimensions a store's vectors may have: {@value}. */
    public static final int MAX_DIMENSION = WideVectorsFormat.MAX_DIMENSIONS;

    private static final Logger LOG = LoggerFactory.getLogger(StoreIndex.class);

    private final Path folder;
    private final int dimension;
    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final GroupCommit commits;
    private final IndexThreads threads;
    private final FileLocks fileLocks = new FileLocks();
    private final AtomicBoolean closed = new AtomicBoolean();

    private StoreIndex(
            Path folder,
            int dimension,
            Directory directory,
            Analyzer analyzer,
            IndexWriter writer,
            SearcherManager searchers) {
        this.folder = folder;
        this.dimension = dimension;
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = searchers;
        this.commits = new GroupCommit(this::commitAndRefresh);
        this.threads = new IndexThreads("strata-index-" + folder.getFileName());
    }

    /**
     * Opens the index in a folder, creating the folder and an empty index if needed.
     *
     * @param folder the store's own folder, not {@code null}
     * @param dimension the dimension of the store's vectors, 1 to {@value #MAX_DIMENSION}
     * @return the open index; its caller closes it
     * @throws IllegalArgumentException if the dimension is out of range, or the folder holds an
     *     index of another dimension; the message names both numbers
     * @throws IllegalStateException if the index is open already, in this process or another,
     *     or the folder holds an index Strata did not write
     * @throws IOException if the folder cannot be created or read
     */
    public static StoreIndex open(Path folder, int dimension) throws IOException {
        if (folder == null) {
            throw new IllegalArgumentException("the index folder is null; give the store's own folder");
        }
        if (dimension < 1 || dimension > MAX_DIMENSION) {
            throw new IllegalArgumentException("the vector dimension is " + dimension + "; use 1 to " + MAX_DIMENSION);
        }
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        Analyzer analyzer = new EnglishAnalyzer();
        IndexWriter writer = null;
        try {
            writer = IndexHeader.openWriter(folder, directory, analyzer, dimension);
            SearcherManager searchers = new SearcherManager(writer, true, false, null);
            StoreIndex index = new StoreIndex(folder, dimension, directory, analyzer, writer, searchers);
            LOG.debug("opened the index in {} ({} dimensions, {} chunks)", folder, dimension, index.chunkCount());
            return index;
        } catch (IOException | RuntimeException | Error failure) {
            IOUtils.closeWhileHandlingException(writer, directory, analyzer);
            throw failure;
        }
    }

    /**
     * Returns the dimension of this index's vectors.
     *
     * @return 1 to {@value #MAX_DIMENSION}
     */
    public int dimension() {
        return dimension;
    }

    /**
     * Replaces every chunk of a file with the given ones, atomically: a search sees either the
     * old chunks or the new. An empty list removes the file's chunks.
     *
     * @param fileId the file, not blank
     * @param chunks its new chunks, each naming {@code fileId}, of this index's dimension, with
     *     distinct chunk ids; not {@code null}
     * @throws IllegalArgumentException if a chunk does not fit; nothing is changed
     * @throws IOException if the index cannot be written; the change may or may not stand
     */
    public void replaceFile(String fileId, List<IndexedChunk> chunks) throws IOException {
        requireFileId(fileId);
        if (chunks == null) {
            throw new IllegalArgumentException(
                    "the chunks of file '" + fileId + "' are null; give a list, empty" + " to remove the file");
        }
        if (chunks.isEmpty()) {
            deleteFile(fileId);
            return;
        }
        List<Document> documents = documents(fileId, chunks);
        ensureOpen();
        threads.run(() -> {
            long sequence;
            ReentrantLock lock = fileLocks.of(fileId);
            lock.lock();
            try {
                sequence = writer.updateDocuments(ChunkFields.file(fileId), documents);
            } finally {
                lock.unlock();
            }
            commits.awaitDurable(sequence);
            return null;
        });
    }

    /**
     * Replaces every chunk of a file as {@link #replaceFile} does, but returns before the change
     * is durable: it becomes durable and searchable with the next commit, which {@link
     * #awaitDurable} waits for (or a later durable call makes), and a crash before that loses
     * it. Staging many files and waiting once keeps segments large and merges few, which is what
     * a file batch does.
     *
     * @param fileId the file, not blank
     * @param chunks its chunks, at least one, all of {@code fileId}
     * @return the change's sequence number, for {@link #awaitDurable}
     * @throws IOException if the writer fails
     */
    public long stageFile(String fileId, List<IndexedChunk> chunks) throws IOException {
        requireFileId(fileId);
        if (chunks == null || chunks.isEmpty()) {
            throw new IllegalArgumentException("the chunks of file '" + fileId + "' are " + chunks
                    + "; stage at least one chunk, or remove the file with deleteFile");
        }
        List<Document> documents = documents(fileId, chunks);
        ensureOpen();
        return threads.run(() -> {
            ReentrantLock lock = fileLocks.of(fileId);
            lock.lock();
            try {
                return writer.updateDocuments(ChunkFields.file(fileId), documents);
            } finally {
                lock.unlock();
            }
        });
    }

    /**
     * Returns once the change with the given sequence number, and every change before it, is
     * committed and searchable, committing if no commit covers it yet.
     *
     * @param sequence a number {@link #stageFile} returned
     * @throws IOException if the commit fails
     */
    public void awaitDurable(long sequence) throws IOException {
        ensureOpen();
        threads.run(() -> {
            commits.awaitDurable(sequence);
            return null;
        });
    }

    /**
     * Removes every chunk of a file.
     *
     * @param fileId the file, not blank
     * @return {@code false} if it had no chunks, and nothing changed; of two deletes of one file
     *     at once, one returns {@code true}
     * @throws IOException if the index cannot be written; the change may or may not stand
     */
    public boolean deleteFile(String fileId) throws IOException {
        requireFileId(fileId);
        ensureOpen();
        return threads.run(() -> {
            long sequence;
            ReentrantLock lock = fileLocks.of(fileId);
            lock.lock();
            try {
                // as the writer has the file now, so that of two deletes at once only one finds it
                searchers.maybeRefreshBlocking();
                if (view(reader -> FileChunks.count(reader, fileId)) == 0) {
                    return false;
                }
                sequence = writer.deleteDocuments(ChunkFields.file(fileId));
            } finally {
                lock.unlock();
            }
            commits.awaitDurable(sequence);
            return true;
        });
    }

    /**
     * Gives every chunk of a file new attributes, keeping its text and vector. Nothing happens
     * when the file has no chunks.
     *
     * @param fileId the file, not blank
     * @param attributes the new attributes, strings, finite numbers and booleans by non-blank key;
     *     {@code null} for none
     * @throws IllegalArgumentException if an attribute does not fit; nothing is changed
     * @throws IOException if the index cannot be written; the change may or may not stand
     */
    public void updateAttributes(String fileId, Map<String, Object> attributes) throws IOException {
        requireFileId(fileId);
        Map<String, Object> checked = IndexedChunk.copy("file '" + fileId + "'", attributes);
        ensureOpen();
        threads.run(() -> {
            long sequence;
            ReentrantLock lock = fileLocks.of(fileId);
            lock.lock();
            try {
                // the chunks as the writer has them now, not as the last commit left them
                searchers.maybeRefreshBlocking();
                List<IndexedChunk> chunks = view(reader -> FileChunks.read(reader, fileId));
                if (chunks.isEmpty()) {
                    return null;
                }
                List<Document> documents = new ArrayList<>(chunks.size());
                for (IndexedChunk chunk : chunks) {
                    documents.add(ChunkFields.document(chunk.withAttributes(checked)));
                }
                sequence = writer.updateDocuments(ChunkFields.file(fileId), documents);
            } finally {
                lock.unlock();
            }
            commits.awaitDurable(sequence);
            return null;
        });
    }

    /**
     * Returns the chunks of a file, as every returned call has left them.
     *
     * @param fileId the file, not blank
     * @return its chunks in position order, with their vectors; empty if it has none
     * @throws IOException if the index cannot be read
     */
    public List<IndexedChunk> fileChunks(String fileId) throws IOException {
        requireFileId(fileId);
        return read(reader -> FileChunks.read(reader, fileId));
    }

    /**
     * Returns how many chunks a file has.
     *
     * @param fileId the file, not blank
     * @return 0 or more
     * @throws IOException if the index cannot be read
     */
    public int chunkCount(String fileId) throws IOException {
        requireFileId(fileId);
        return read(reader -> FileChunks.count(reader, fileId));
    }

    /**
     * Returns how many chunks the index holds, of all files.
     *
     * @return 0 or more
     * @throws IOException if the index cannot be read
     */
    public long chunkCount() throws IOException {
        return read(IndexReader::numDocs);
    }

    /**
     * Returns the size of a file's chunks, as a store's {@code usage_bytes} counts it: the UTF-8
     * bytes of their text plus 4 bytes per vector dimension each.
     *
     * @param fileId the file, not blank
     * @return 0 if it has no chunks
     * @throws IOException if the index cannot be read
     */
    public long fileBytes(String fileId) throws IOException {
        requireFileId(fileId);
        return read(reader -> FileChunks.bytes(reader, fileId, dimension));
    }

    /**
     * Searches the chunks, as every returned call has left them.
     *
     * @param query the search, not {@code null}; its vector, if the mode uses one, must have this
     *     index's dimension
     * @return at most {@code query.limit()} results, best first, ties by chunk id; vector scores
     *     are {@code (1 + cosine) / 2}, keyword scores BM25, hybrid scores those of the ranker
     * @throws IllegalArgumentException if the vector does not fit, or the filter is too large
     * @throws IOException if the index cannot be read
     */
    public List<SearchResult> search(IndexQuery query) throws IOException {
        if (query == null) {
            throw new IllegalArgumentException("the query is null; give an IndexQuery");
        }
        if (query.mode() != SearchMode.KEYWORD) {
            checkVector("the query vector", query.vectorOrNull());
        }
        ensureOpen();
        IndexSearcher searcher = searchers.acquire();
        try {
            return new IndexSearch(searcher, analyzer).run(query);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Closes the index: waits for the writes under way, then releases the folder. Later calls
     * throw {@link IllegalStateException}; closing again does nothing.
     *
     * @throws IOException if Lucene fails to close its files
     */
    @Override
    public void close() throws IOException {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        threads.close();
        IOUtils.close(searchers, writer, directory, analyzer);
        LOG.debug("closed the index in {}", folder);
    }

    @Override
    public String toString() {
        return "StoreIndex[" + folder + ", " + dimension + " dimensions]";
    }

    /** Commits the writer and makes the commit searchable; runs on one thread at a time. */
    private long commitAndRefresh() throws IOException {
        long sequence = writer.commit();
        searchers.maybeRefreshBlocking();
        return sequence;
    }

    private <T> T read(Reading<T> reading) throws IOException {
        ensureOpen();
        return view(reading);
    }

    /** Reads the latest view; writes use it too, since close() lets them finish. */
    private <T> T view(Reading<T> reading) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return reading.read(searcher.getIndexReader());
        } finally {
            searchers.release(searcher);
        }
    }

    /** Checks the chunks of one file and makes their documents, on the caller's thread. */
    private List<Document> documents(String fileId, List<IndexedChunk> chunks) {
        List<Document> documents = new ArrayList<>(chunks.size());
        Set<String> chunkIds = new HashSet<>();
        for (int i = 0; i < chunks.size(); i++) {
            IndexedChunk chunk = chunks.get(i);
            if (chunk == null) {
                throw new IllegalArgumentException("chunk " + i + " of file '" + fileId + "' is null");
            }
            if (!chunk.fileId().equals(fileId)) {
                throw new IllegalArgumentException("chunk '" + chunk.chunkId() + "' belongs to file '" + chunk.fileId()
                        + "', not '" + fileId + "'; replace each file with its own chunks");
            }
            if (!chunkIds.add(chunk.chunkId())) {
                throw new IllegalArgumentException(
                        "file '" + fileId + "' has chunk '" + chunk.chunkId() + "' twice; give each chunk once");
            }
            checkVector("chunk '" + chunk.chunkId() + "'", chunk.vector());
            documents.add(ChunkFields.document(chunk));
        }
        return documents;
    }

    private void checkVector(String what, float[] vector) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException(what + " has " + vector.length + " dimensions, but the store's vectors"
                    + " have " + dimension + "; embed with the store's model");
        }
        boolean zero = true;
        for (float value : vector) {
            if (!Float.isFinite(value)) {
                throw new IllegalArgumentException(
                        what + " has the value " + value + "; a vector holds finite numbers");
            }
            zero &= value == 0;
        }
        if (zero) {
            throw new IllegalArgumentException(
                    what + " is all zeros, which has no direction to compare by cosine; give a real embedding");
        }
    }

    private static void requireFileId(String fileId) {
        if (fileId == null || fileId.isBlank()) {
            throw new IllegalArgumentException(
                    "the file id is " + (fileId == null ? "null" : "'" + fileId + "'") + "; give a non-blank file id");
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the index in " + folder + " is closed; open it again");
        }
    }

    /** A read of a point-in-time view of the index. */
    @FunctionalInterface
    private interface Reading<T> {
        T read(IndexReader reader) throws IOException;
    }
}
