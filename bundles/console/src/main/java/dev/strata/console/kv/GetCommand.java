package dev.strata.console.kv;

import dev.strata.api.kvstore.KVEntry;
import dev.strata.console.ConsoleCommand;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.osgi.framework.BundleContext;

/** {@code kv:get KEY}: one value, as text when it is UTF-8, else hex (or base64 on request), cut when long. */
@Service
@Command(scope = "kv", name = "get", description = "Shows the value of a key: text when it is UTF-8, else hex.")
public class GetCommand extends ConsoleCommand {

    @Argument(index = 0, name = "key", description = "The key.", required = true)
    String key;

    @Option(name = "--store", description = "The store's provider id; needed when several run (see kv:stores).")
    @Completion(StoreIdCompleter.class)
    String store;

    @Option(name = "--format", description = "auto (default: text if UTF-8, else hex), text, hex or base64.")
    String format = "auto";

    @Option(name = "--max", description = "Show at most this many bytes (default 4096).")
    int max = 4096;

    @Reference
    BundleContext context;

    @Override
    protected Object run() {
        ValueText.Format chosen = ValueText.Format.of(format);
        if (max < 1) {
            throw new IllegalArgumentException("--max " + max + " is too small; use 1 or more");
        }
        // a one-key range, which unlike get also reports the expiry
        List<KVEntry> found = KVStores.with(context, store, (info, kv) -> kv.range(key, key + '\u0000', 1));
        PrintStream out = System.out;
        if (found.isEmpty()) {
            out.println("No key '" + key + "' (absent or expired); see kv:list --prefix");
            return null;
        }
        out.println(ValueText.render(found.get(0).value(), chosen, max));
        out.println(describe(found.get(0)));
        return null;
    }

    static String describe(KVEntry entry) {
        byte[] value = entry.value();
        return "(" + value.length + " bytes, " + (ValueText.isText(value) ? "UTF-8 text" : "binary") + ", "
                + (entry.expiresAt() == null ? "never expires" : "expires " + entry.expiresAt()) + ")";
    }
}
