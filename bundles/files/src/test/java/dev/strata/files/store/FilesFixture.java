package dev.strata.files.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.strata.api.files.FileInfo;
import dev.strata.api.files.FilePurpose;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A files provider over an in-memory KV store and a temporary folder, with a manual clock, and
 * what tests ask of it: upload bytes, read them back, and see everything stored.
 */
final class FilesFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    final ManualClock clock = new ManualClock(START);
    final InMemoryKVStore kv = new InMemoryKVStore(clock);
    final Path folder;
    final LocalFiles files;

    FilesFixture(Path data) throws IOException {
        this(data, 1024 * 1024);
    }

    FilesFixture(Path data, long maxFileBytes) throws IOException {
        FileSettings settings = FileSettings.of("localfs", data, "files", maxFileBytes, Duration.ofMinutes(1));
        this.folder = settings.folder();
        this.files = LocalFiles.open(settings, kv, clock);
    }

    FileInfo upload(String text, String filename) throws IOException {
        return upload(text.getBytes(UTF_8), filename, FilePurpose.ASSISTANTS, null);
    }

    FileInfo upload(byte[] bytes, String filename, FilePurpose purpose, Duration expiresAfter) throws IOException {
        return files.create(new ByteArrayInputStream(bytes), filename, purpose, expiresAfter);
    }

    byte[] read(String id) throws IOException {
        try (InputStream content = files.content(id)) {
            return content.readAllBytes();
        }
    }

    /** The names in the blob folder, the lock file left out. */
    List<String> folderNames() {
        try (Stream<Path> entries = java.nio.file.Files.list(folder)) {
            return entries.map(path -> path.getFileName().toString())
                    .filter(name -> !name.equals(".lock"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything stored: the KV keys and values, and the folder's names. */
    Map<String, Object> everything() {
        return Map.of("kv", kv.dump(), "folder", folderNames());
    }

    @Override
    public void close() throws IOException {
        files.close();
    }
}
