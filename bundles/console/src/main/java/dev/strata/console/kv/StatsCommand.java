package dev.strata.console.kv;

import dev.strata.console.ConsoleCommand;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.osgi.framework.BundleContext;

/** {@code kv:stats}: how many keys and bytes a store holds, in all and per top-level key segment. */
@Service
@Command(
        scope = "kv",
        name = "stats",
        description = "Counts a store's live keys and value bytes, per key segment before the separator."
                + " Reads every entry under the prefix, a page at a time.")
public class StatsCommand extends ConsoleCommand {

    @Option(name = "--store", description = "The store's provider id; needed when several run (see kv:stores).")
    @Completion(StoreIdCompleter.class)
    String store;

    @Option(name = "--prefix", description = "Only keys that start with this.")
    String prefix = "";

    @Option(name = "--separator", description = "Groups keys by what comes before this, after the prefix (default /).")
    String separator = "/";

    @Option(name = "--max-entries", description = "Stop after reading this many entries (default 1000000).")
    long most = 1_000_000;

    @Reference
    BundleContext context;

    @Override
    protected Object run() {
        if (most < 1) {
            throw new IllegalArgumentException("--max-entries " + most + " is too small; use 1 or more");
        }
        KeyStats stats = KVStores.with(context, store, (info, kv) -> {
            KeyStats tally = new KeyStats(info, prefix, separator);
            tally.finish(KeyPages.walk(kv, prefix, most, tally::add) >= most);
            return tally;
        });
        PrintStream out = System.out;
        stats.print(out);
        return null;
    }
}
