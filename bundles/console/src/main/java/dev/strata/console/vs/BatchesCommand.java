package dev.strata.console.vs;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.vectorio.FileBatch;
import dev.strata.console.PageLimits;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code vs:batches STORE}: a store's file batches, newest first, a page at a time. */
@Service
@Command(
        scope = "vs",
        name = "batches",
        description = "Lists a vector store's file batches, newest first: status, files done and by outcome.")
public class BatchesCommand extends StoreCommand {

    @Option(name = "--limit", description = "At most this many batches, 1 to 100 (default 20).")
    int limit = PageRequest.DEFAULT_LIMIT;

    @Option(name = "--after", description = "Start after this batch id, as the line under a full page says.")
    String after;

    @Override
    protected Object run() {
        PageRequest request = PageLimits.of(limit);
        PrintStream out = System.out;
        withStore((vectorIO, found) -> {
            Page<FileBatch> page =
                    vectorIO.listFileBatches(found.id(), after == null ? request : request.withAfter(after));
            if (page.data().isEmpty()) {
                out.println(
                        after == null
                                ? "Store " + found.id() + " has no file batches; vs:ingest makes one."
                                : "No batches after " + after + " (is it a batch of this store? see vs:batches " + store
                                        + ").");
                return null;
            }
            InfoCommand.batchTable(page.data()).print(out);
            if (page.hasMore()) {
                out.println("More: vs:batches --after " + page.lastId() + " " + store);
            }
            return null;
        });
        return null;
    }
}
