package dev.strata.console.vs;

import dev.strata.api.vectorio.FileBatch;
import dev.strata.api.vectorio.FileBatchStatus;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code vs:cancel STORE BATCH_ID}: cancels a file batch; files already ingested stay. The provider
 * answers once the files being committed are recorded, so the counts printed are those the batch
 * ends with.
 */
@Service
@Command(
        scope = "vs",
        name = "cancel",
        description = "Cancels a file batch: files not yet ingested are counted cancelled, those ingested stay."
                + " Prints the counts the batch ends with.")
public class CancelCommand extends StoreCommand {

    @Argument(
            index = 1,
            name = "batch",
            description = "The batch's id (vs:ingest and vs:info show it).",
            required = true)
    String batch;

    @Override
    protected Object run() {
        PrintStream out = System.out;
        withStore((vectorIO, found) -> {
            FileBatch before = BatchView.require(vectorIO, found, batch);
            FileBatch after = vectorIO.cancelFileBatch(found.id(), batch);
            out.println(message(before, after, storeRef(found)));
            return null;
        });
        return null;
    }

    static String message(FileBatch before, FileBatch after, String storeRef) {
        String counts = BatchText.counts(after.fileCounts());
        if (before.status() != FileBatchStatus.IN_PROGRESS) {
            return "Batch " + after.id() + " had already ended ("
                    + before.status().wireName() + "); nothing changed: " + counts + ".";
        }
        if (after.status() == FileBatchStatus.IN_PROGRESS) {
            return "Batch " + after.id() + " is being cancelled; the files it finished are still being committed,"
                    + " so these counts may still change: " + counts + ". vs:batch " + storeRef + " " + after.id()
                    + " watches it end.";
        }
        return "Batch " + after.id() + " "
                + (after.status() == FileBatchStatus.CANCELLED
                        ? "is cancelled"
                        : "ended as " + after.status().wireName())
                + ": " + counts + ".";
    }
}
