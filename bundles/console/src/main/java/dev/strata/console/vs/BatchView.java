package dev.strata.console.vs;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.vectorio.FileBatch;
import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.FileCounts;
import dev.strata.api.vectorio.VectorIO;
import dev.strata.api.vectorio.VectorStore;
import dev.strata.api.vectorio.VectorStoreFile;
import dev.strata.api.vectorio.VectorStoreFileError;
import dev.strata.api.vectorio.VectorStoreFileStatus;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Shows a file batch for {@code vs:ingest} and {@code vs:batch}: its live progress while it
 * runs, then a summary with every failed file's name and error.
 */
final class BatchView {

    /** How many failed files a summary lists unless told otherwise. */
    static final int FAILED_LIMIT = 50;

    private final VectorIO vectorIO;
    private final String storeId;
    private final String storeRef;
    private final Function<String, String> fileName;
    private final PrintStream out;
    private final Clock clock;
    private final Sleeper sleeper;
    private final int redrawWidth;
    private final int failedLimit;

    /**
     * @param storeRef how hints name the store, such as its name
     * @param fileName what to call a file, given its id
     * @param redrawWidth the width to redraw the progress line within; 0 to print new lines
     * @param failedLimit how many failed files the summary lists at most
     */
    BatchView(
            VectorIO vectorIO,
            String storeId,
            String storeRef,
            Function<String, String> fileName,
            PrintStream out,
            Clock clock,
            Sleeper sleeper,
            int redrawWidth,
            int failedLimit) {
        this.vectorIO = vectorIO;
        this.storeId = storeId;
        this.storeRef = storeRef;
        this.fileName = fileName;
        this.out = out;
        this.clock = clock;
        this.sleeper = sleeper;
        this.redrawWidth = redrawWidth;
        this.failedLimit = failedLimit;
    }

    /**
     * Watches the batch until it ends and prints its summary, timed from {@code since}. On
     * Ctrl-C it stops watching, not the batch, and says how to watch again or cancel.
     *
     * @return the batch as last read
     */
    FileBatch follow(FileBatch batch, Instant since) {
        BatchWatch.Outcome outcome;
        try {
            outcome = new BatchWatch(() -> read(batch.id()), clock, sleeper, out, redrawWidth).watch(batch);
        } catch (RuntimeException lost) {
            out.println("Lost sight of batch " + batch.id() + "; it may still be running. " + hints(batch.id()));
            throw lost;
        }
        if (outcome.interrupted()) {
            out.println("Stopped watching; batch " + batch.id() + " goes on (job " + batch.jobId() + ").");
            out.println(hints(batch.id()));
            return outcome.batch();
        }
        summary(outcome.batch(), Duration.between(since, clock.instant()));
        return outcome.batch();
    }

    /** Prints the batch's summary; {@code elapsedOrNull} when the time it took is not known. */
    void summary(FileBatch batch, Duration elapsedOrNull) {
        out.println(headline(batch, elapsedOrNull));
        if (batch.status() == FileBatchStatus.FAILED) {
            out.println("Its job failed; job:info " + batch.jobId() + " says why.");
        }
        Failures failures = batch.fileCounts().failed() > 0 ? failures(batch) : new Failures(List.of(), 0);
        if (!failures.lines().isEmpty()) {
            out.println("Failed files:");
            failures.lines().forEach(line -> out.println("  " + line));
        }
        if (batch.status() == FileBatchStatus.IN_PROGRESS) {
            out.println(hints(batch.id()));
        } else if (batch.fileCounts().failed() + batch.fileCounts().cancelled() > 0) {
            out.println(rerunHint(batch.fileCounts(), failures.unsupported()));
        }
    }

    /**
     * What running vs:ingest again does for the files left: it retries the failed and cancelled
     * ones, but a file of a type the store cannot read fails again unless it is converted.
     */
    static String rerunHint(FileCounts counts, long unsupported) {
        String skipped = "files the store has completed are skipped.";
        if (unsupported == 0) {
            return "Running the same vs:ingest again retries the failed and cancelled files; " + skipped;
        }
        if (unsupported == counts.failed() && counts.cancelled() == 0) {
            return "Running vs:ingest again would fail these files again: their types are not supported;"
                    + " convert them to a supported type or leave them out.";
        }
        return "Running the same vs:ingest again retries the failed and cancelled files, but the "
                + BatchText.count(unsupported, "file") + " of an unsupported type will fail again unless"
                + " converted; " + skipped;
    }

    /**
     * The batch's failed files as the summary lists them, at most {@code failedLimit}, and how
     * many of those are of an unsupported type.
     */
    private record Failures(List<String> lines, long unsupported) {}

    /** Such as {@code Batch vsfb_1 completed in 12.0s: 20 files; 19 completed, 1 failed, 0 cancelled; 1.7 files/s.} */
    static String headline(FileBatch batch, Duration elapsedOrNull) {
        FileCounts counts = batch.fileCounts();
        String rate = elapsedOrNull == null ? null : BatchText.rate(BatchText.processed(counts), elapsedOrNull);
        return "Batch " + batch.id() + " " + verb(batch.status())
                + (elapsedOrNull == null ? "" : " in " + BatchText.duration(elapsedOrNull)) + ": "
                + BatchText.count(counts.total(), "file") + "; " + counts.completed() + " completed, "
                + counts.failed() + " failed, " + counts.cancelled() + " cancelled"
                + (counts.inProgress() > 0 ? ", " + counts.inProgress() + " in progress" : "")
                + (rate == null ? "" : "; " + rate) + ".";
    }

    /** How to watch the batch again or cancel it. */
    String hints(String batchId) {
        return "Watch it: vs:batch " + storeRef + " " + batchId + "    Cancel it: vs:cancel " + storeRef + " "
                + batchId;
    }

    private Failures failures(FileBatch batch) {
        List<String> lines = new ArrayList<>();
        long unsupported = 0;
        // in the order the batch attached them, which for vs:ingest is the order of the paths
        PageRequest request = new PageRequest(
                Math.max(1, Math.min(failedLimit, PageRequest.MAX_LIMIT)), null, null, PageRequest.Order.ASC);
        while (lines.size() < failedLimit) {
            Page<VectorStoreFile> page =
                    vectorIO.listFileBatchFiles(storeId, batch.id(), VectorStoreFileStatus.FAILED, request);
            for (VectorStoreFile file :
                    page.data().stream().limit(failedLimit - lines.size()).toList()) {
                lines.add(failedLine(file));
                if (file.lastError() != null && file.lastError().code() == VectorStoreFileError.Code.UNSUPPORTED_FILE) {
                    unsupported++;
                }
            }
            if (!page.hasMore() || page.data().isEmpty()) {
                break;
            }
            request = request.withAfter(page.lastId());
        }
        long more = batch.fileCounts().failed() - lines.size();
        if (more > 0) {
            lines.add("... and " + BatchText.count(more, "more failed file") + " (raise --failed-limit to see them)");
        }
        return new Failures(lines, unsupported);
    }

    private String failedLine(VectorStoreFile file) {
        return fileName.apply(file.id()) + ": "
                + (file.lastError() == null
                        ? "no reason given"
                        : file.lastError().message());
    }

    /**
     * Reads a batch of the store.
     *
     * @throws IllegalArgumentException when the store has no such batch
     */
    static FileBatch require(VectorIO vectorIO, VectorStore store, String batchId) {
        return vectorIO.getFileBatch(store.id(), batchId)
                .orElseThrow(() -> new IllegalArgumentException("Store " + store.id() + " has no batch '" + batchId
                        + "'; vs:info " + store.id() + " lists its latest batches"));
    }

    private FileBatch read(String batchId) {
        return vectorIO.getFileBatch(storeId, batchId)
                .orElseThrow(() -> new IllegalStateException("Batch " + batchId + " is gone from store " + storeId
                        + "; was the store deleted? See vs:list"));
    }

    private static String verb(FileBatchStatus status) {
        return switch (status) {
            case IN_PROGRESS -> "is in progress";
            case COMPLETED -> "completed";
            case CANCELLED -> "was cancelled";
            case FAILED -> "failed";
        };
    }
}
