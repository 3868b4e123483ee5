package dev.strata.console.vs;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.files.FileInfo;
import dev.strata.api.files.FilePurpose;
import dev.strata.api.files.Files;
import dev.strata.api.vectorio.ChunkingStrategy;
import dev.strata.api.vectorio.FileBatch;
import dev.strata.api.vectorio.VectorIO;
import dev.strata.api.vectorio.VectorStore;
import dev.strata.api.vectorio.VectorStoreFile;
import dev.strata.api.vectorio.VectorStoreFileStatus;
import dev.strata.api.vectorio.VectorStoreStatus;
import dev.strata.console.vs.ResumeRule.Known;
import dev.strata.console.vs.SourceFiles.LocalFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.nio.channels.ClosedByInterruptException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What {@code vs:ingest} does, without the shell: finds the files, leaves out those the store
 * has completed already, uploads the rest to the Files API, creates one file batch of them, and
 * follows it. Until the batch exists, a fault or Ctrl-C deletes the files this run uploaded, so
 * that nothing is left half done; once it exists, Ctrl-C only stops the watch.
 */
final class Ingest {

    /** The least time between two upload progress lines. */
    static final Duration UPLOAD_LINE_EVERY = Duration.ofSeconds(2);

    /** After this many uploads in a row fail, the Files provider is taken to be down. */
    static final int FAILURES_IN_A_ROW = 10;

    /**
     * How to ingest.
     *
     * @param attributes what every file of the batch gets
     * @param chunkingOrNull the chunking; {@code null} for the store's
     * @param noWait whether to return once the batch is created
     * @param failedLimit how many failed files the summary lists at most
     */
    record Options(Map<String, Object> attributes, ChunkingStrategy chunkingOrNull, boolean noWait, int failedLimit) {}

    private final VectorIO vectorIO;
    private final Files files;
    private final VectorStore store;
    private final String storeRef;
    private final PrintStream out;
    private final Clock clock;
    private final Sleeper sleeper;
    private final int redrawWidth;
    private final Map<String, LocalFile> uploaded = new LinkedHashMap<>();
    private final List<String> uploadFailures = new ArrayList<>();

    Ingest(
            VectorIO vectorIO,
            Files files,
            VectorStore store,
            String storeRef,
            PrintStream out,
            Clock clock,
            Sleeper sleeper,
            int redrawWidth) {
        this.vectorIO = vectorIO;
        this.files = files;
        this.store = store;
        this.storeRef = storeRef;
        this.out = out;
        this.clock = clock;
        this.sleeper = sleeper;
        this.redrawWidth = redrawWidth;
    }

    /**
     * Ingests the files {@code found} holds.
     *
     * @return the batch as last seen, or empty when there was nothing to do or Ctrl-C stopped the
     *     upload
     * @throws IllegalArgumentException for bad input, before anything changed
     */
    Optional<FileBatch> run(SourceFiles.Found found, Options options) {
        if (store.status() == VectorStoreStatus.EXPIRED) {
            throw new IllegalArgumentException("Vector store " + store.id() + " has expired and takes no more files;"
                    + " make another with vs:create");
        }
        out.println(foundLine(found));
        ResumeRule.Split<Stored> split = plan(found.files());
        giveAttributes(split.matched(), options.attributes());
        List<LocalFile> upload = split.upload();
        if (upload.isEmpty()) {
            out.println("Nothing left to upload.");
            return Optional.empty();
        }
        if (!upload(upload)) {
            return Optional.empty();
        }
        Instant started = clock.instant();
        FileBatch batch = createBatch(options);
        detachEarlierAttempts(upload);
        BatchView view = new BatchView(
                vectorIO, store.id(), storeRef, this::nameOf, out, clock, sleeper, redrawWidth, options.failedLimit());
        if (options.noWait()) {
            out.println(view.hints(batch.id()));
            return Optional.of(batch);
        }
        return Optional.of(view.follow(batch, started));
    }

    /** Checks the files and splits them into those to upload and those to skip; changes nothing. */
    private ResumeRule.Split<Stored> plan(List<LocalFile> found) {
        refuseBadNames(found);
        List<LocalFile> empty = found.stream().filter(f -> f.bytes() == 0).toList();
        if (!empty.isEmpty()) {
            out.println("Left out " + BatchText.count(empty.size(), "empty file")
                    + ", which the Files API does not store: " + shownList(empty));
        }
        List<LocalFile> nonEmpty = found.stream().filter(f -> f.bytes() > 0).toList();
        ResumeRule.Split<Stored> split =
                ResumeRule.split(nonEmpty, stored(VectorStoreFileStatus.COMPLETED), Stored::known);
        if (!split.skipped().isEmpty()) {
            out.println("Skipped " + BatchText.count(split.skipped().size(), "file")
                    + " the store has completed already (same name and size).");
        }
        refuseInFlight(split.upload());
        return split;
    }

    /**
     * Gives the store's copies of the skipped files the attributes of this run, added to those
     * they have, so that {@code --attribute} reaches every file named, not only the new ones; the
     * store updates their indexed chunks too. Files that have them already are left alone.
     */
    private void giveAttributes(List<Stored> skipped, Map<String, Object> attributes) {
        if (attributes.isEmpty()) {
            return;
        }
        int updated = 0;
        for (Stored stored : skipped) {
            VectorStoreFile file = stored.file();
            Map<String, Object> merged = new LinkedHashMap<>(file.attributes());
            merged.putAll(attributes);
            if (!merged.equals(file.attributes())) {
                vectorIO.updateFileAttributes(store.id(), file.id(), merged);
                updated++;
            }
        }
        if (updated > 0) {
            List<String> pairs = attributes.entrySet().stream()
                    .map(entry -> entry.getKey() + "=" + entry.getValue())
                    .toList();
            out.println("Gave " + BatchText.count(updated, "skipped file") + " the attributes "
                    + String.join(", ", pairs) + ".");
        }
    }

    private static String foundLine(SourceFiles.Found found) {
        return "Found " + BatchText.count(found.files().size(), "file") + SourceFiles.leftOut(found) + ".";
    }

    private void refuseBadNames(List<LocalFile> found) {
        List<String> bad = new ArrayList<>();
        for (LocalFile file : found) {
            try {
                FileInfo.checkFilename(file.name());
            } catch (IllegalArgumentException e) {
                bad.add(file.shown() + " (" + e.getMessage() + ")");
            }
        }
        if (!bad.isEmpty()) {
            throw new IllegalArgumentException("The Files API would refuse the names of "
                    + BatchText.count(bad.size(), "file") + ": "
                    + String.join("; ", bad.subList(0, Math.min(10, bad.size())))
                    + (bad.size() > 10 ? "; ..." : "") + ". Rename them or leave them out; nothing was uploaded");
        }
    }

    private void refuseInFlight(List<LocalFile> upload) {
        List<VectorStoreFile> running = storeFiles(VectorStoreFileStatus.IN_PROGRESS);
        List<LocalFile> inFlight = ResumeRule.inFlight(upload, known(running));
        if (inFlight.isEmpty()) {
            return;
        }
        TreeSet<String> batches = new TreeSet<>();
        running.stream()
                .map(VectorStoreFile::batchIdOrNull)
                .filter(Objects::nonNull)
                .forEach(batches::add);
        String batch = batches.isEmpty() ? "BATCH_ID" : batches.first();
        throw new IllegalArgumentException(BatchText.count(inFlight.size(), "file") + " ("
                + shownList(inFlight) + (inFlight.size() == 1 ? ") is" : ") are")
                + " still being ingested by an earlier batch ("
                + (batches.isEmpty() ? "see vs:info " + storeRef : String.join(", ", batches))
                + "); wait for it (vs:batch " + storeRef + " " + batch + ") or cancel it (vs:cancel " + storeRef
                + " " + batch + "), then run again. Nothing was uploaded");
    }

    /**
     * Detaches the store's failed and cancelled records of files this run uploaded again (same
     * name), so that a retry that succeeds leaves no failure counted. Their content stays in the
     * Files API.
     */
    private void detachEarlierAttempts(List<LocalFile> upload) {
        java.util.Set<String> names = new java.util.HashSet<>();
        upload.forEach(file -> names.add(file.name()));
        int detached = 0;
        for (VectorStoreFileStatus status : List.of(VectorStoreFileStatus.FAILED, VectorStoreFileStatus.CANCELLED)) {
            for (VectorStoreFile earlier : storeFiles(status)) {
                if (!uploaded.containsKey(earlier.id())
                        && files.get(earlier.id())
                                .map(info -> names.contains(info.filename()))
                                .orElse(false)
                        && vectorIO.deleteFile(store.id(), earlier.id())) {
                    detached++;
                }
            }
        }
        if (detached > 0) {
            out.println("Detached " + BatchText.count(detached, "earlier failed or cancelled attempt")
                    + " of these files from the store.");
        }
    }

    /** A file of the store, with its name and size as the Files API has them. */
    private record Stored(VectorStoreFile file, Known known) {}

    /** The store's files of a status; files gone from the Files API are left out. */
    private List<Stored> stored(VectorStoreFileStatus status) {
        return stored(storeFiles(status));
    }

    private List<Stored> stored(List<VectorStoreFile> storeFiles) {
        List<Stored> stored = new ArrayList<>();
        for (VectorStoreFile file : storeFiles) {
            files.get(file.id())
                    .ifPresent(info -> stored.add(new Stored(file, new Known(info.filename(), info.bytes()))));
        }
        return stored;
    }

    private List<Known> known(List<VectorStoreFile> storeFiles) {
        return stored(storeFiles).stream().map(Stored::known).toList();
    }

    private List<VectorStoreFile> storeFiles(VectorStoreFileStatus status) {
        List<VectorStoreFile> all = new ArrayList<>();
        PageRequest request = PageRequest.ofLimit(PageRequest.MAX_LIMIT);
        while (true) {
            Page<VectorStoreFile> page = vectorIO.listFiles(store.id(), status, request);
            all.addAll(page.data());
            if (!page.hasMore() || page.data().isEmpty()) {
                return all;
            }
            request = request.withAfter(page.lastId());
        }
    }

    /**
     * Uploads the files, printing progress every so often.
     *
     * @return {@code false} when Ctrl-C stopped it; the files uploaded so far are deleted again
     */
    private boolean upload(List<LocalFile> upload) {
        Instant start = clock.instant();
        Instant lastLine = start;
        int failedInARow = 0;
        long bytes = 0;
        for (int i = 0; i < upload.size(); i++) {
            LocalFile file = upload.get(i);
            Upload result = Thread.interrupted() ? Upload.INTERRUPTED : uploadOne(file);
            if (result == Upload.INTERRUPTED) {
                Thread.interrupted(); // handled here: the deletes that follow must not be cut short
                undo("Ctrl-C stopped the upload");
                return false;
            }
            failedInARow = result == Upload.DONE ? 0 : failedInARow + 1;
            bytes += result == Upload.DONE ? file.bytes() : 0;
            if (failedInARow >= FAILURES_IN_A_ROW) {
                undo("the last " + FAILURES_IN_A_ROW + " uploads failed");
                throw new IllegalStateException("The last " + FAILURES_IN_A_ROW + " uploads failed, so the Files"
                        + " provider may be down or full; see stack:status and the errors above, then run again");
            }
            if (i < upload.size() - 1 && !clock.instant().isBefore(lastLine.plus(UPLOAD_LINE_EVERY))) {
                out.println("uploaded " + (i + 1) + "/" + upload.size() + " files");
                lastLine = clock.instant();
            }
        }
        out.println(uploadedLine(upload.size(), bytes, Duration.between(start, clock.instant())));
        if (uploaded.isEmpty()) {
            throw new IllegalStateException("No file could be uploaded (see the errors above); nothing was attached");
        }
        return true;
    }

    private String uploadedLine(int tried, long bytes, Duration took) {
        return "Uploaded " + uploaded.size() + "/" + tried + " files (" + BatchText.bytes(bytes) + ") in "
                + BatchText.duration(took)
                + (uploadFailures.isEmpty()
                        ? "."
                        : "; " + uploadFailures.size() + " could not be uploaded and are not in the batch.");
    }

    /** How one upload went. */
    private enum Upload {
        DONE,
        FAILED,
        INTERRUPTED
    }

    /** Uploads one file; a failure that is the file's own is printed and counted. */
    private Upload uploadOne(LocalFile file) {
        try (InputStream content = java.nio.file.Files.newInputStream(file.path())) {
            FileInfo info = files.create(content, file.name(), FilePurpose.ASSISTANTS, null);
            uploaded.put(info.id(), file);
            return Upload.DONE;
        } catch (InterruptedIOException | ClosedByInterruptException interrupted) {
            return Upload.INTERRUPTED;
        } catch (IOException | RuntimeException e) {
            if (Thread.interrupted()) {
                return Upload.INTERRUPTED;
            }
            uploadFailures.add(file.shown());
            out.println("Could not upload " + file.shown() + ": " + (e.getMessage() == null ? e : e.getMessage()));
            return Upload.FAILED;
        }
    }

    private FileBatch createBatch(Options options) {
        try {
            FileBatch batch = vectorIO.createFileBatch(
                    store.id(), List.copyOf(uploaded.keySet()), options.attributes(), options.chunkingOrNull());
            out.println("Batch " + batch.id() + " (job " + batch.jobId() + ") is ingesting "
                    + BatchText.count(uploaded.size(), "file") + " into " + store.id()
                    + (store.name().isEmpty() ? "" : " (" + store.name() + ")") + ".");
            return batch;
        } catch (RuntimeException refused) {
            undo("the batch could not be created");
            throw Chunking.inOptionTerms(refused);
        }
    }

    /** Deletes the files this run uploaded, which nothing refers to yet. */
    private void undo(String why) {
        List<String> kept = new ArrayList<>();
        for (String id : uploaded.keySet()) {
            try {
                files.delete(id);
            } catch (RuntimeException e) {
                kept.add(id);
            }
        }
        out.println("Stopped: " + why + ". Nothing was attached to the store; deleted the "
                + BatchText.count(uploaded.size() - kept.size(), "file") + " uploaded so far"
                + (kept.isEmpty() ? "" : " (could not delete " + String.join(", ", kept) + ")")
                + ". Running the same vs:ingest again starts over.");
        uploaded.clear();
    }

    private String nameOf(String fileId) {
        LocalFile file = uploaded.get(fileId);
        return file == null ? fileId : file.shown();
    }

    private static String shownList(List<LocalFile> files) {
        List<String> shown = files.stream().limit(10).map(LocalFile::shown).toList();
        return String.join(", ", shown) + (files.size() > 10 ? ", ..." : "");
    }
}
