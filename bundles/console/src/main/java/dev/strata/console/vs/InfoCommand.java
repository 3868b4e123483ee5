package dev.strata.console.vs;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.vectorio.FileBatch;
import dev.strata.api.vectorio.FileCounts;
import dev.strata.api.vectorio.VectorIO;
import dev.strata.api.vectorio.VectorStore;
import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code vs:info STORE}: a store's fields, its files by status, its model and chunking, and its
 * latest file batches.
 */
@Service
@Command(
        scope = "vs",
        name = "info",
        description = "Shows a vector store: status, files by status, usage, model, chunking, metadata, expiry,"
                + " and its latest file batches.")
public class InfoCommand extends StoreCommand {

    /** How many batches are shown at most. */
    static final int BATCHES = 5;

    @Override
    protected Object run() {
        PrintStream out = System.out;
        withStore((vectorIO, found) -> {
            lines(found).forEach(out::println);
            Page<FileBatch> batches = latestBatches(vectorIO, found);
            if (!batches.data().isEmpty()) {
                out.println();
                out.println("Latest file batches:");
                batchTable(batches.data()).print(out);
                if (batches.hasMore()) {
                    out.println("Older batches: vs:batches " + store);
                }
            }
            return null;
        });
        return null;
    }

    static List<String> lines(VectorStore store) {
        FileCounts counts = store.fileCounts();
        List<String> lines = new ArrayList<>();
        lines.add("Id:          " + store.id());
        lines.add("Name:        " + store.name());
        lines.add("Status:      " + store.status().wireName());
        lines.add("Files:       " + BatchText.count(counts.total(), "file") + ": " + BatchText.counts(counts));
        lines.add("Usage:       " + BatchText.bytes(store.usageBytes()) + " (" + store.usageBytes() + " bytes)");
        lines.add("Model:       " + store.embeddingModel() + ", dimension " + store.embeddingDimension());
        lines.add("Chunking:    " + Chunking.describe(store.chunkingStrategy()));
        lines.add("Metadata:    " + (store.metadata().isEmpty() ? "none" : metadata(store.metadata())));
        lines.add("Created:     " + store.createdAt().truncatedTo(ChronoUnit.SECONDS));
        lines.add("Last active: " + store.lastActiveAt().truncatedTo(ChronoUnit.SECONDS));
        lines.add("Expires:     "
                + (store.expiresAfter() == null
                        ? "never"
                        : BatchText.count(store.expiresAfter().days(), "day") + " after its last activity"
                                + (store.expiresAt() == null
                                        ? ""
                                        : ", at " + store.expiresAt().truncatedTo(ChronoUnit.SECONDS))));
        return lines;
    }

    private static String metadata(Map<String, String> metadata) {
        List<String> pairs = new ArrayList<>();
        new TreeMap<>(metadata).forEach((key, value) -> pairs.add(key + "=" + value));
        return String.join(", ", pairs);
    }

    /** The store's {@value #BATCHES} newest batches, newest first, and whether there are more. */
    static Page<FileBatch> latestBatches(VectorIO vectorIO, VectorStore store) {
        return vectorIO.listFileBatches(store.id(), PageRequest.ofLimit(BATCHES));
    }

    static ShellTable batchTable(List<FileBatch> batches) {
        ShellTable table = new ShellTable();
        table.column("Batch");
        table.column("Status");
        table.column("Done").alignRight();
        table.column("Completed").alignRight();
        table.column("Failed").alignRight();
        table.column("Cancelled").alignRight();
        table.column("Created");
        table.column("Job");
        for (FileBatch batch : batches) {
            FileCounts counts = batch.fileCounts();
            table.addRow()
                    .addContent(
                            batch.id(),
                            batch.status().wireName(),
                            BatchText.processed(counts) + "/" + counts.total(),
                            counts.completed(),
                            counts.failed(),
                            counts.cancelled(),
                            batch.createdAt().truncatedTo(ChronoUnit.SECONDS),
                            batch.jobId());
        }
        return table;
    }
}
