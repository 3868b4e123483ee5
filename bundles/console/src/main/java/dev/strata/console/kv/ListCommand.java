package dev.strata.console.kv;

import dev.strata.api.kvstore.KVEntry;
import dev.strata.console.ConsoleCommand;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.osgi.framework.BundleContext;

/** {@code kv:list}: the keys of a store under a prefix, with size, expiry and the start of each value. */
@Service
@Command(scope = "kv", name = "list", description = "Lists keys in key order, with value size, expiry and a preview.")
public class ListCommand extends ConsoleCommand {

    static final int PREVIEW = 40;

    @Option(name = "--store", description = "The store's provider id; needed when several run (see kv:stores).")
    @Completion(StoreIdCompleter.class)
    String store;

    @Option(name = "--prefix", description = "Only keys that start with this.")
    String prefix = "";

    @Option(name = "--limit", description = "At most this many keys (default 50).")
    int limit = 50;

    @Reference
    BundleContext context;

    @Override
    protected Object run() {
        if (limit < 1) {
            throw new IllegalArgumentException("--limit " + limit + " is too small; use 1 or more");
        }
        List<KVEntry> entries = KVStores.with(context, store, (info, kv) -> kv.scan(prefix, limit));
        PrintStream out = System.out;
        table(entries).print(out);
        if (entries.size() == limit) {
            out.println("First " + limit + " keys shown; there may be more: raise --limit or narrow --prefix.");
        } else {
            out.println(entries.size() + " key" + (entries.size() == 1 ? "" : "s") + ".");
        }
        return null;
    }

    static ShellTable table(List<KVEntry> entries) {
        ShellTable table = new ShellTable();
        table.column("Key").maxSize(60);
        table.column("Bytes").alignRight();
        table.column("Expires");
        table.column("Value");
        for (KVEntry entry : entries) {
            byte[] value = entry.value();
            table.addRow()
                    .addContent(
                            entry.key(),
                            value.length,
                            entry.expiresAt() == null
                                    ? "never"
                                    : entry.expiresAt().toString(),
                            ValueText.preview(value, PREVIEW));
        }
        return table;
    }
}
