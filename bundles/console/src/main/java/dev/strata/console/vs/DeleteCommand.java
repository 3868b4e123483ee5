package dev.strata.console.vs;

import dev.strata.api.vectorio.VectorStore;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code vs:delete STORE}: deletes a store and its index; its files stay in the Files API. */
@Service
@Command(
        scope = "vs",
        name = "delete",
        description = "Deletes a vector store, its index and file records; the files stay in the Files API. A batch"
                + " still running for it ends cancelled.")
public class DeleteCommand extends StoreCommand {

    @Override
    protected Object run() {
        PrintStream out = System.out;
        withStore((vectorIO, found) -> {
            out.println(message(found, vectorIO.deleteStore(found.id())));
            return null;
        });
        return null;
    }

    static String message(VectorStore store, boolean deleted) {
        if (!deleted) {
            return "Vector store " + store.id() + " was already gone; nothing deleted (see vs:list).";
        }
        return "Deleted vector store " + store.id() + " '" + store.name() + "'; the Files API keeps its "
                + BatchText.count(store.fileCounts().total(), "file") + ".";
    }
}
