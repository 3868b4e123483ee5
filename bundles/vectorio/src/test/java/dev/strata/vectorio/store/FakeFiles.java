package dev.strata.vectorio.store;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.files.ExtractedText;
import dev.strata.api.files.FileInfo;
import dev.strata.api.files.FilePurpose;
import dev.strata.api.files.Files;
import dev.strata.api.files.TextExtraction;
import dev.strata.api.files.UnknownFileException;
import dev.strata.api.files.UnsupportedFileTypeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Files in memory, and a text extraction that reads {@code .txt} files as UTF-8 and no others. */
final class FakeFiles implements Files, TextExtraction {

    private final Map<String, FileInfo> infos = new ConcurrentHashMap<>();
    private final Map<String, byte[]> contents = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    /** Stores a file and returns its id. */
    String add(String filename, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String id = "file-" + next.incrementAndGet();
        infos.put(
                id, new FileInfo(id, filename, Math.max(1, bytes.length), FilePurpose.ASSISTANTS, Instant.EPOCH, null));
        contents.put(id, bytes);
        return id;
    }

    @Override
    public FileInfo create(InputStream content, String filename, FilePurpose purpose, Duration expiresAfter)
            throws IOException {
        String id = add(filename, new String(content.readAllBytes(), StandardCharsets.UTF_8));
        return infos.get(id);
    }

    @Override
    public Optional<FileInfo> get(String id) {
        return Optional.ofNullable(infos.get(id));
    }

    @Override
    public InputStream content(String id) {
        byte[] bytes = contents.get(id);
        if (bytes == null) {
            throw new UnknownFileException(id);
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public Page<FileInfo> list(FilePurpose purposeOrNull, PageRequest page) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean delete(String id) {
        contents.remove(id);
        return infos.remove(id) != null;
    }

    @Override
    public ExtractedText extract(InputStream content, String filename, String contentTypeOrNull) throws IOException {
        if (!filename.endsWith(".txt")) {
            throw new UnsupportedFileTypeException(filename, List.of("text/plain"));
        }
        return new ExtractedText(new String(content.readAllBytes(), StandardCharsets.UTF_8), "text/plain");
    }
}
