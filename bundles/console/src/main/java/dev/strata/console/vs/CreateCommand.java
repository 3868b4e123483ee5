package dev.strata.console.vs;

import dev.strata.api.vectorio.ChunkingStrategy;
import dev.strata.api.vectorio.VectorIO;
import dev.strata.api.vectorio.VectorStore;
import dev.strata.api.vectorio.VectorStoreCreate;
import dev.strata.console.ConsoleCommand;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.osgi.framework.BundleContext;

/** {@code vs:create NAME}: creates an empty vector store and prints its id, model and dimension. */
@Service
@Command(
        scope = "vs",
        name = "create",
        description = "Creates an empty vector store; prints its id, embedding model and dimension.")
public class CreateCommand extends ConsoleCommand {

    @Argument(
            index = 0,
            name = "name",
            description = "The store's name; vs:* commands take it in place of the id.",
            required = true)
    String name;

    @Option(name = "--model", description = "The embedding model's id (default: the provider's).")
    String model;

    @Option(name = "--chunk-size", description = "Tokens per chunk, 100 to 4096 (default: auto).")
    Integer chunkSize;

    @Option(
            name = "--chunk-overlap",
            description = "Tokens each chunk repeats from the one before, 0 to half the size.")
    Integer chunkOverlap;

    @Option(
            name = "--metadata",
            description = "A metadata pair, key=value; repeat for more (at most 16).",
            multiValued = true)
    List<String> metadata;

    @Option(name = "--duplicate-name", description = "Create the store even if another has this name.")
    boolean duplicateName;

    @Option(name = "--provider", description = "The vector store provider's id; needed when several run.")
    String provider;

    @Reference
    BundleContext context;

    @Override
    protected Object run() {
        VectorStoreCreate request = request();
        try (Providers.Lease<VectorIO> vectorIO = Providers.vectorIO(context, provider)) {
            if (!duplicateName) {
                refuseTakenName(vectorIO.service());
            }
            VectorStore created;
            try {
                created = vectorIO.service().createStore(request);
            } catch (RuntimeException refused) {
                throw Chunking.inOptionTerms(refused);
            }
            PrintStream out = System.out;
            out.println(created.id());
            out.println(describe(created));
        }
        return null;
    }

    VectorStoreCreate request() {
        if (name.isBlank()) {
            throw new IllegalArgumentException("The name is blank; give the store a name, such as docs");
        }
        if (model != null && model.isBlank()) {
            throw new IllegalArgumentException("--model is blank; give a model id, or leave it out for the default");
        }
        ChunkingStrategy chunking = Chunking.of(chunkSize, chunkOverlap);
        Map<String, String> pairs = KeyValues.strings("--metadata", metadata);
        try {
            return new VectorStoreCreate(name, pairs, model, null, chunking, List.of());
        } catch (IllegalArgumentException badMetadata) {
            throw new IllegalArgumentException("--metadata: " + badMetadata.getMessage());
        }
    }

    private void refuseTakenName(VectorIO vectorIO) {
        List<String> taken = StoreNames.all(vectorIO, Integer.MAX_VALUE).stream()
                .filter(s -> s.name().equals(name))
                .map(VectorStore::id)
                .toList();
        if (!taken.isEmpty()) {
            throw new IllegalArgumentException("A vector store named '" + name + "' exists already ("
                    + String.join(", ", taken) + "); choose another name, or add --duplicate-name to create one more"
                    + " and then name them by id");
        }
    }

    static String describe(VectorStore store) {
        return "Created vector store " + store.id() + " '" + store.name() + "': model " + store.embeddingModel()
                + ", dimension " + store.embeddingDimension() + ", chunking "
                + Chunking.describe(store.chunkingStrategy()) + ".";
    }
}
