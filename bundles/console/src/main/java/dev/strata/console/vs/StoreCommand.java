package dev.strata.console.vs;

import dev.strata.api.vectorio.VectorIO;
import dev.strata.api.vectorio.VectorStore;
import dev.strata.console.ConsoleCommand;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.osgi.framework.BundleContext;

/**
 * The shape of the commands that act on one vector store: the store argument, by name or id
 * with completion, and the choice of provider. Karaf's shell fills the fields of superclasses as
 * it does those of the command.
 */
abstract class StoreCommand extends ConsoleCommand {

    @Argument(index = 0, name = "store", description = "The store's name or id (see vs:list).", required = true)
    @Completion(StoreCompleter.class)
    String store;

    @Option(name = "--provider", description = "The vector store provider's id; needed when several run.")
    String provider;

    @Reference
    BundleContext context;

    /** Runs {@code work} on the named store of the chosen provider. */
    <T> T withStore(BiFunction<VectorIO, VectorStore, T> work) {
        try (Providers.Lease<VectorIO> lease = Providers.vectorIO(context, provider)) {
            return work.apply(lease.service(), StoreNames.resolve(lease.service(), store));
        }
    }

    /**
     * Refuses an option written after the arguments: Karaf's shell reads options only before the
     * first argument, and would take it as one more query word or path.
     *
     * @throws IllegalArgumentException naming the option and where it goes
     */
    static void refuseLateOptions(String command, List<String> arguments) {
        for (String argument : arguments == null ? List.<String>of() : arguments) {
            if (argument.startsWith("--")) {
                throw new IllegalArgumentException(argument + " comes after the arguments, where the shell takes it"
                        + " for one; put options first, such as " + command);
            }
        }
    }

    /** How to name the store again in a hint: as the user did if the shell takes it as it is, else by id. */
    String storeRef(VectorStore resolved) {
        return StoreNames.isPlainWord(store) ? store : resolved.id();
    }
}
