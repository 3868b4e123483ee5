package dev.strata.files.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The folder of one provider's blobs: each file's content in a file named by its id, never by
 * its filename. A blob appears whole or not at all: it is written under a temporary name,
 * forced to disk, renamed into place atomically, and the folder is forced too, so that the
 * rename itself survives a crash (POSIX leaves a new directory entry in the page cache until
 * the directory is synced).
 *
 * <p>The folder is locked while it is open, so two providers, in this process or another, never
 * share it: each removes blobs that its own catalog does not know. Thread-safe; blobs of
 * different ids never interfere.
 */
final class BlobFolder implements Closeable {

    /** The suffix of a blob still being written; a crash may leave one behind. */
    static final String TEMPORARY = ".upload";

    private static final String LOCK_FILE = ".lock";

    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private BlobFolder(Path folder, FileChannel lockChannel, FileLock lock) {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Opens a folder, creating it if needed, and locks it.
     *
     * @throws IllegalStateException if another provider or process has it open
     * @throws IOException if it cannot be created or locked
     */
    static BlobFolder open(String providerId, Path folder) throws IOException {
        Files.createDirectories(folder);
        FileChannel channel =
                FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            lock = null;
        } catch (IOException | RuntimeException failure) {
            channel.close();
            throw failure;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("files provider '" + providerId + "' cannot use the folder " + folder
                    + ": another files provider or process has it open; stop that one, or give this provider"
                    + " its own storage_dir");
        }
        return new BlobFolder(folder, channel, lock);
    }

    Path folder() {
        return folder;
    }

    /**
     * Writes content under a temporary name and forces it to disk, reading at most one byte
     * more than {@code limit}, so that a caller can tell an oversized file without storing it.
     * Closing the upload before {@link Upload#commit()} deletes what was written.
     */
    Upload receive(String id, InputStream content, long limit) throws IOException {
        Path temporary = folder.resolve(id + TEMPORARY);
        Upload upload = new Upload(id, temporary);
        try (FileChannel channel =
                FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            upload.bytes = LimitedCopy.copy(content, channel, limit < Long.MAX_VALUE ? limit + 1 : limit);
            channel.force(true);
        } catch (IOException | RuntimeException failure) {
            upload.close();
            throw failure;
        }
        return upload;
    }

    /** Opens a blob for reading. */
    InputStream open(String id) throws IOException {
        return Files.newInputStream(folder.resolve(id));
    }

    /** Deletes a blob, or a leftover temporary one; {@code true} if there was one. */
    boolean delete(String name) throws IOException {
        return Files.deleteIfExists(folder.resolve(name));
    }

    /** The names of blobs and temporary blobs in the folder, as they are now. */
    List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                String id = name.endsWith(TEMPORARY) ? name.substring(0, name.length() - TEMPORARY.length()) : name;
                if (FileIds.isWellFormed(id)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** Releases the folder's lock. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            lockChannel.close();
        }
    }

    private void syncFolder() throws IOException {
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        }
    }

    /** A blob written under its temporary name, not yet in place. */
    final class Upload implements Closeable {

        private final String id;
        private final Path temporary;
        private long bytes;
        private boolean committed;

        private Upload(String id, Path temporary) {
            this.id = id;
            this.temporary = temporary;
        }

        /** How many bytes were written: at most one more than the limit. */
        long bytes() {
            return bytes;
        }

        /** Renames the blob into place, atomically, and makes the rename durable. */
        void commit() throws IOException {
            Files.move(temporary, folder.resolve(id), StandardCopyOption.ATOMIC_MOVE);
            committed = true;
            syncFolder();
        }

        /** Deletes the temporary blob unless it was committed. */
        @Override
        public void close() throws IOException {
            if (!committed) {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
