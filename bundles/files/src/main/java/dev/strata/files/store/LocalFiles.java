package dev.strata.files.store;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.files.FileInfo;
import dev.strata.api.files.FilePurpose;
import dev.strata.api.files.Files;
import dev.strata.api.files.UnknownFileException;
import dev.strata.api.kvstore.KVStore;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Files} on local disk: content in a {@link BlobFolder}, metadata in a {@link
 * FileCatalog}. Times come from the given clock, in whole milliseconds.
 *
 * <p><b>Crash safety.</b> A file is stored in two steps: its blob is put in place durably, then
 * its metadata is written in one batch. Deleting goes the other way: metadata first, then the
 * blob. So a crash can leave a blob without metadata, never metadata without a blob; {@link
 * #removeLeftovers()} deletes such blobs, and temporary ones, skipping files whose upload is
 * still running in this process.
 *
 * <p>Thread-safe. No lock is held while the store or the disk is called; two deletes of one file
 * at the same time may both report it deleted.
 */
public final class LocalFiles implements Files, Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalFiles.class);

    /** The latest expiry a file may have: the catalog's keys hold times before the year 10000. */
    static final Instant LATEST_EXPIRY = Instant.parse("9999-12-31T23:59:59.999Z");

    private static final int PURGE_BATCH = 100;

    private final FileSettings settings;
    private final Clock clock;
    private final FileCatalog catalog;
    private final BlobFolder blobs;
    private final FileListing listing;
    private final FileIds ids = new FileIds();
    private final Set<String> uploading = ConcurrentHashMap.newKeySet();

    private LocalFiles(FileSettings settings, KVStore kv, Clock clock, BlobFolder blobs) {
        this.settings = settings;
        this.clock = clock;
        this.catalog = new FileCatalog(kv);
        this.blobs = blobs;
        this.listing = new FileListing(catalog, this::live);
    }

    /**
     * Opens the provider's folder, creating it if needed, and locks it.
     *
     * @throws IllegalStateException if another provider or process has the folder open
     * @throws IOException if the folder cannot be created or locked
     */
    public static LocalFiles open(FileSettings settings, KVStore kv, Clock clock) throws IOException {
        return new LocalFiles(settings, kv, clock, BlobFolder.open(settings.providerId(), settings.folder()));
    }

    public FileSettings settings() {
        return settings;
    }

    @Override
    public FileInfo create(InputStream content, String filename, FilePurpose purpose, Duration expiresAfter)
            throws IOException {
        if (content == null) {
            throw new IllegalArgumentException("content is null; pass the file's bytes as a stream");
        }
        FileInfo.checkFilename(filename);
        if (purpose == null) {
            throw new IllegalArgumentException("purpose is null; use one of: " + purposes());
        }
        checkExpiresAfter(expiresAfter);
        String id = ids.next();
        uploading.add(id);
        try {
            return store(id, content, filename, purpose, expiresAfter);
        } finally {
            uploading.remove(id);
        }
    }

    private FileInfo store(String id, InputStream content, String filename, FilePurpose purpose, Duration expiresAfter)
            throws IOException {
        FileInfo file;
        try (BlobFolder.Upload upload = blobs.receive(id, content, settings.maxFileBytes())) {
            checkSize(filename, upload.bytes());
            Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Instant expiresAt =
                    expiresAfter == null ? null : createdAt.plus(expiresAfter).truncatedTo(ChronoUnit.MILLIS);
            file = new FileInfo(id, filename, upload.bytes(), purpose, createdAt, expiresAt);
            upload.commit();
        }
        record(file);
        LOG.debug(
                "files provider '{}' stored {} ('{}', {} bytes, {})",
                settings.providerId(),
                id,
                filename,
                file.bytes(),
                purpose.wireName());
        return file;
    }

    /**
     * Writes the metadata of a blob already in place. When the store fails, the write may still
     * have taken effect (see {@link dev.strata.api.kvstore.KVStoreException}): the record is read
     * back, and the file either stands or its blob goes, so metadata never outlives its blob.
     */
    private void record(FileInfo file) {
        try {
            catalog.add(file);
        } catch (RuntimeException failure) {
            boolean stored;
            try {
                stored = catalog.find(file.id()).isPresent();
            } catch (RuntimeException unreadable) {
                failure.addSuppressed(unreadable);
                throw failure; // the blob stays; removeLeftovers deletes it if the record is absent
            }
            if (stored) {
                LOG.warn(
                        "files provider '{}' stored {} although the KV store reported a failure: {}",
                        settings.providerId(),
                        file.id(),
                        failure.getMessage());
                return;
            }
            try {
                blobs.delete(file.id());
            } catch (IOException undeleted) {
                failure.addSuppressed(undeleted); // removeLeftovers deletes it later
            }
            throw failure;
        }
    }

    @Override
    public Optional<FileInfo> get(String id) {
        requireId(id);
        return FileIds.isWellFormed(id) ? live(id) : Optional.empty();
    }

    @Override
    public InputStream content(String id) throws IOException {
        if (get(id).isEmpty()) {
            throw new UnknownFileException(id);
        }
        try {
            return blobs.open(id);
        } catch (NoSuchFileException missing) {
            if (live(id).isEmpty()) {
                throw new UnknownFileException(id); // deleted or purged since the check above
            }
            throw new IOException(
                    "the content of file '" + id + "' is missing from " + blobs.folder()
                            + "; restore the folder from a backup, or delete the file",
                    missing);
        }
    }

    @Override
    public Page<FileInfo> list(FilePurpose purposeOrNull, PageRequest page) {
        if (page == null) {
            throw new IllegalArgumentException("page is null; pass PageRequest.first() for the first page");
        }
        return listing.list(purposeOrNull, page);
    }

    /** Deletes a file; an expired one that is still stored is removed too, and reported absent. */
    @Override
    public boolean delete(String id) {
        requireId(id);
        Optional<FileInfo> file = FileIds.isWellFormed(id) ? catalog.find(id) : Optional.empty();
        if (file.isEmpty()) {
            return false;
        }
        remove(file.get());
        LOG.debug("files provider '{}' deleted {}", settings.providerId(), id);
        return isLive(file.get());
    }

    /**
     * Removes the files that have expired, metadata and blob.
     *
     * @return how many were removed
     */
    public int purgeExpired() {
        int removed = 0;
        List<String> keys;
        do {
            keys = catalog.expiredKeys(clock.instant(), PURGE_BATCH);
            for (String key : keys) {
                Optional<FileInfo> file = catalog.find(CatalogKeys.idOf(key));
                if (file.isPresent()) {
                    remove(file.get());
                    removed++;
                } else {
                    catalog.removeExpiry(key);
                }
            }
        } while (keys.size() == PURGE_BATCH);
        return removed;
    }

    /**
     * Deletes what a crash or a failed write left in the folder: temporary blobs, and blobs
     * whose file has no metadata. Uploads running in this process are left alone.
     *
     * @return how many blobs were deleted
     * @throws IOException if the folder cannot be listed or a blob not deleted
     */
    public int removeLeftovers() throws IOException {
        int removed = 0;
        for (String name : blobs.names()) {
            boolean temporary = name.endsWith(BlobFolder.TEMPORARY);
            String id = temporary ? name.substring(0, name.length() - BlobFolder.TEMPORARY.length()) : name;
            // an upload registers its id before its blob appears, so one not registered now has
            // either finished, with its metadata written, or left the blob behind
            if (!uploading.contains(id) && (temporary || catalog.find(id).isEmpty()) && blobs.delete(name)) {
                removed++;
            }
        }
        return removed;
    }

    /** Releases the folder; running calls may still finish. */
    @Override
    public void close() throws IOException {
        blobs.close();
    }

    private Optional<FileInfo> live(String id) {
        return catalog.find(id).filter(this::isLive);
    }

    /** An expired file reads as absent from its {@code expiresAt} on (see {@link Files}). */
    private boolean isLive(FileInfo file) {
        return file.expiresAt() == null || clock.instant().isBefore(file.expiresAt());
    }

    private void remove(FileInfo file) {
        catalog.remove(file);
        try {
            blobs.delete(file.id());
        } catch (IOException failure) {
            LOG.warn(
                    "files provider '{}' deleted file {} but not its blob in {} ({}); it is removed at the next start",
                    settings.providerId(),
                    file.id(),
                    blobs.folder(),
                    failure.toString());
        }
    }

    private void checkSize(String filename, long bytes) {
        if (bytes == 0) {
            throw new IllegalArgumentException(
                    "file '" + filename + "' is empty; upload a file with at least one byte");
        }
        if (bytes > settings.maxFileBytes()) {
            throw new IllegalArgumentException("file '" + filename + "' is larger than the limit of "
                    + settings.maxFileBytes() + " bytes of files provider '" + settings.providerId()
                    + "'; upload a smaller file, or raise the provider's max_file_bytes");
        }
    }

    private void checkExpiresAfter(Duration expiresAfter) {
        if (expiresAfter == null) {
            return;
        }
        if (expiresAfter.isNegative() || expiresAfter.isZero()) {
            throw new IllegalArgumentException("expiresAfter is " + expiresAfter
                    + "; use a positive duration, or null for a file that never expires");
        }
        if (expiresAfter.compareTo(Duration.between(clock.instant(), LATEST_EXPIRY)) > 0) {
            throw new IllegalArgumentException("expiresAfter is " + expiresAfter + ", which ends after " + LATEST_EXPIRY
                    + "; use a shorter duration, or null for a file that never expires");
        }
    }

    private static void requireId(String id) {
        if (id == null) {
            throw new IllegalArgumentException("file id is null; give an id such as 'file-abc123'");
        }
    }

    private static String purposes() {
        return Arrays.stream(FilePurpose.values()).map(FilePurpose::wireName).collect(Collectors.joining(", "));
    }
}
