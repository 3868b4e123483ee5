package dev.strata.stack.apply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run config file: reads it and tells a listener when it may have changed. Editors save in
 * different ways (write in place, or write a temporary file and rename it over), so the folder
 * is watched and every event naming the file counts; the listener compares contents itself.
 */
final class RunConfigFile implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunConfigFile.class);

    private final Path path;
    private final WatchService watcher;
    private final Thread thread;

    RunConfigFile(Path path, Runnable listener) throws IOException {
        this.path = path.toAbsolutePath();
        this.watcher = FileSystems.getDefault().newWatchService();
        this.path
                .getParent()
                .register(
                        watcher,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
        this.thread = new Thread(() -> watch(listener), "strata-run-config-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    Path path() {
        return path;
    }

    /** The file's text, or empty when there is no file. */
    Optional<String> read() throws IOException {
        try {
            return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private void watch(Runnable listener) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean ours = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    ours |= event.kind() == StandardWatchEventKinds.OVERFLOW
                            || path.getFileName().equals(event.context());
                }
                key.reset();
                if (ours) {
                    listener.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            LOG.debug("Stopped watching {}", path);
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
