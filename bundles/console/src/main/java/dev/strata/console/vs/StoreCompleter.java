package dev.strata.console.vs;

import dev.strata.api.vectorio.VectorIO;
import dev.strata.api.vectorio.VectorStore;
import java.util.Collection;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.osgi.framework.BundleContext;

/** Completes a store argument with the ids and names of the newest stores of every provider. */
@Service
public class StoreCompleter implements Completer {

    /** How many stores per provider completion reads at most. */
    static final int MOST = 500;

    @Reference
    BundleContext context;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter stores = new StringsCompleter();
        for (Providers.Running<VectorIO> running : Providers.all(context, VectorIO.class)) {
            try (Providers.Lease<VectorIO> lease = Providers.vectorIO(context, running.providerId())) {
                candidates(StoreNames.all(lease.service(), MOST), stores.getStrings());
            } catch (RuntimeException notStarted) {
                // a provider that cannot answer offers nothing to complete
            }
        }
        return stores.complete(session, commandLine, candidates);
    }

    /** Adds each store's id, and its name when the shell takes it as one word. */
    static void candidates(List<VectorStore> stores, Collection<String> into) {
        for (VectorStore store : stores) {
            into.add(store.id());
            if (StoreNames.isPlainWord(store.name())) {
                into.add(store.name());
            }
        }
    }
}
