package dev.strata.console.vs;

import dev.strata.api.files.FileInfo;
import dev.strata.api.files.Files;
import dev.strata.api.vectorio.FileBatch;
import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.VectorIO;
import dev.strata.api.vectorio.VectorStore;
import java.io.PrintStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code vs:batch STORE BATCH_ID}: shows a file batch, and watches it while it runs. */
@Service
@Command(
        scope = "vs",
        name = "batch",
        description = "Shows a file batch; while it runs, watches it with a progress bar until it ends (Ctrl-C stops"
                + " the watch, not the batch). Lists its failed files with their errors.")
public class BatchCommand extends StoreCommand {

    @Argument(
            index = 1,
            name = "batch",
            description = "The batch's id (vs:ingest and vs:info show it).",
            required = true)
    String batch;

    @Option(name = "--no-wait", description = "Show the batch as it is now, without watching.")
    boolean noWait;

    @Option(name = "--failed-limit", description = "List at most this many failed files (default 50).")
    int failedLimit = BatchView.FAILED_LIMIT;

    @Reference
    Session session;

    Clock clock = Clock.systemUTC();

    Sleeper sleeper = Sleeper.THREAD;

    @Override
    protected Object run() {
        if (failedLimit < 0) {
            throw new IllegalArgumentException("--failed-limit " + failedLimit + " is negative; use 0 or more");
        }
        try (Providers.Lease<VectorIO> vectorIO = Providers.vectorIO(context, provider);
                Providers.Lease<Files> files = Providers.optionalFiles(context, vectorIO)) {
            VectorStore found = StoreNames.resolve(vectorIO.service(), store);
            FileBatch current = BatchView.require(vectorIO.service(), found, batch);
            PrintStream out = System.out;
            BatchView view = new BatchView(
                    vectorIO.service(),
                    found.id(),
                    storeRef(found),
                    fileNames(files),
                    out,
                    clock,
                    sleeper,
                    Terminals.redrawWidth(session),
                    failedLimit);
            out.println("Batch " + current.id() + " of " + found.id() + ", job " + current.jobId() + ", created "
                    + current.createdAt().truncatedTo(ChronoUnit.SECONDS) + ".");
            if (noWait || current.status() != FileBatchStatus.IN_PROGRESS) {
                view.summary(current, null);
            } else {
                view.follow(current, current.createdAt());
            }
        }
        return null;
    }

    /** Files' names from the Files API when there is one; else their ids. */
    static Function<String, String> fileNames(Providers.Lease<Files> files) {
        if (files == null) {
            return id -> id;
        }
        return id -> {
            try {
                return files.service().get(id).map(FileInfo::filename).orElse(id);
            } catch (RuntimeException gone) {
                return id;
            }
        };
    }
}
