package dev.strata.vectorio.store;

import dev.strata.vectorio.catalog.StoreRecord;
import dev.strata.vectorio.index.StoreIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open Lucene indexes of one provider's stores, one folder each under the provider's
 * folder, opened on first use and kept open until the store is deleted or the provider stops.
 * Thread-safe.
 */
final class StoreIndexes implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreIndexes.class);

    private final Path folder;
    private final Map<String, StoreIndex> open = new ConcurrentHashMap<>();

    StoreIndexes(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    /** Returns the store's index, opening or creating it. */
    StoreIndex of(StoreRecord store) {
        return open.computeIfAbsent(store.id(), id -> {
            try {
                return StoreIndex.open(folder.resolve(id), store.dimension());
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot open the index of vector store " + id + " in " + folder.resolve(id) + ": " + e, e);
            }
        });
    }

    /** Closes the store's index and removes its folder. */
    void drop(String storeId) throws IOException {
        StoreIndex index = open.remove(storeId);
        if (index != null) {
            index.close();
        }
        deleteTree(folder.resolve(storeId));
    }

    /**
     * Removes the folders of stores that no longer exist, left by a crash between deleting a
     * store's record and its folder.
     */
    void removeAllBut(Set<String> storeIds) throws IOException {
        List<Path> orphans = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder, Files::isDirectory)) {
            for (Path child : children) {
                if (!storeIds.contains(child.getFileName().toString())) {
                    orphans.add(child);
                }
            }
        }
        for (Path orphan : orphans) {
            LOG.info("removing the index folder {} of a vector store that was deleted", orphan);
            deleteTree(orphan);
        }
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (String id : List.copyOf(open.keySet())) {
            try {
                StoreIndex index = open.remove(id);
                if (index != null) {
                    index.close();
                }
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
