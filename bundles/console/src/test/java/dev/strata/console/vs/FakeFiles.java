package dev.strata.console.vs;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.files.FileInfo;
import dev.strata.api.files.FilePurpose;
import dev.strata.api.files.Files;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ClosedByInterruptException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Files in a map; uploads of names in {@link #refused} fail, and upload number {@link #interruptAt} is cut by Ctrl-C. */
final class FakeFiles implements Files {

    static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

    final Map<String, FileInfo> stored = new LinkedHashMap<>();
    final Map<String, FilePurpose> purposes = new LinkedHashMap<>();
    final Set<String> refused = new HashSet<>();
    final Set<String> deleted = new HashSet<>();
    int interruptAt = -1;
    int uploads;
    private int next = 1;

    @Override
    public FileInfo create(InputStream content, String filename, FilePurpose purpose, Duration expiresAfter)
            throws IOException {
        uploads++;
        if (uploads == interruptAt) {
            Thread.currentThread().interrupt();
            throw new ClosedByInterruptException();
        }
        if (refused.contains(filename)) {
            throw new IllegalArgumentException("file '" + filename + "' is over the 1 MiB limit");
        }
        byte[] bytes = content.readAllBytes();
        FileInfo info = new FileInfo("file-" + next++, filename, bytes.length, purpose, AT, null);
        stored.put(info.id(), info);
        purposes.put(info.id(), purpose);
        return info;
    }

    /** Stores a file without content, as an earlier run would have. */
    FileInfo add(String filename, long bytes) {
        FileInfo info = new FileInfo("file-" + next++, filename, bytes, FilePurpose.ASSISTANTS, AT, null);
        stored.put(info.id(), info);
        return info;
    }

    @Override
    public Optional<FileInfo> get(String id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public InputStream content(String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Page<FileInfo> list(FilePurpose purposeOrNull, PageRequest page) {
        return Page.of(List.copyOf(stored.values()), false, FileInfo::id);
    }

    @Override
    public boolean delete(String id) {
        deleted.add(id);
        return stored.remove(id) != null;
    }
}
