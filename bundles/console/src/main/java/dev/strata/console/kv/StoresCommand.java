package dev.strata.console.kv;

import dev.strata.console.ConsoleCommand;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.osgi.framework.BundleContext;

/** {@code kv:stores}: the configured KV stores, their backends, namespaces, databases and state. */
@Service
@Command(scope = "kv", name = "stores", description = "Lists the running KV stores: backend, namespace, database.")
public class StoresCommand extends ConsoleCommand {

    @Reference
    BundleContext context;

    @Override
    protected Object run() {
        List<KVStores.Running> running = KVStores.all(context);
        PrintStream out = System.out;
        if (running.isEmpty()) {
            out.println("No KV store is running; install the strata-kvstore feature and configure a store"
                    + " (factory PID dev.strata.kvstore).");
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Store");
        table.column("Type");
        table.column("Namespace");
        table.column("Database").maxSize(70);
        table.column("Value limit").alignRight();
        table.column("State");
        for (KVStores.Running store : running) {
            StoreInfo info = store.info();
            String state = store.started() ? "started" : "failed to start (see stack:status)";
            table.addRow()
                    .addContent(
                            info.providerId(),
                            info.type(),
                            info.namespace(),
                            info.location(),
                            info.valueLimit(),
                            state);
        }
        table.print(out);
        return null;
    }
}
