package dev.strata.console.vs;

import dev.strata.api.vectorio.FileCounts;
import dev.strata.api.vectorio.VectorIO;
import dev.strata.api.vectorio.VectorStore;
import dev.strata.console.ConsoleCommand;
import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.osgi.framework.BundleContext;

/** {@code vs:list}: the vector stores, newest first, with status, files and usage. */
@Service
@Command(
        scope = "vs",
        name = "list",
        description = "Lists vector stores, newest first: id, name, status, files completed of all and failed, usage.")
public class ListCommand extends ConsoleCommand {

    @Option(name = "--limit", description = "At most this many stores (default 50).")
    int limit = 50;

    @Option(name = "--provider", description = "The vector store provider's id; needed when several run.")
    String provider;

    @Reference
    BundleContext context;

    @Override
    protected Object run() {
        if (limit < 1) {
            throw new IllegalArgumentException("--limit " + limit + " is too small; use 1 or more");
        }
        List<VectorStore> stores;
        try (Providers.Lease<VectorIO> vectorIO = Providers.vectorIO(context, provider)) {
            stores = StoreNames.all(vectorIO.service(), (int) Math.min(Integer.MAX_VALUE, limit + 1L));
        }
        PrintStream out = System.out;
        List<VectorStore> shown = stores.subList(0, Math.min(limit, stores.size()));
        table(shown).print(out);
        out.println(
                stores.size() > limit
                        ? "First " + limit + " stores shown; there are more: raise --limit."
                        : shown.isEmpty()
                                ? "No vector stores; vs:create makes one."
                                : BatchText.count(shown.size(), "store") + ".");
        return null;
    }

    static ShellTable table(List<VectorStore> stores) {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name").maxSize(40);
        table.column("Status");
        table.column("Files").alignRight();
        table.column("Failed").alignRight();
        table.column("Usage").alignRight();
        table.column("Created");
        for (VectorStore store : stores) {
            FileCounts counts = store.fileCounts();
            table.addRow()
                    .addContent(
                            store.id(),
                            store.name(),
                            store.status().wireName(),
                            counts.completed() + "/" + counts.total(),
                            counts.failed(),
                            BatchText.bytes(store.usageBytes()),
                            store.createdAt().truncatedTo(ChronoUnit.SECONDS));
        }
        return table;
    }
}
