package dev.strata.console.vs;

import dev.strata.api.files.Files;
import dev.strata.api.vectorio.ChunkingStrategy;
import dev.strata.api.vectorio.VectorIO;
import dev.strata.api.vectorio.VectorStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/**
 * {@code vs:ingest STORE PATH...}: uploads files to the Files API and ingests them into a store
 * as one file batch, showing its progress until it ends. Running it again with the same paths
 * skips the files the store has completed.
 */
@Service
@Command(
        scope = "vs",
        name = "ingest",
        description = "Uploads files and folders (read to any depth, hidden files left out) to the Files API and"
                + " ingests them into a store as one file batch, with a progress bar. Ctrl-C stops the watch, not"
                + " the batch. Run it again to resume: files the store has completed (same name and size) are"
                + " skipped.")
public class IngestCommand extends StoreCommand {

    @Argument(
            index = 1,
            name = "paths",
            description = "Files and folders on the Strata server; relative paths start in its folder.",
            required = true,
            multiValued = true)
    List<String> paths;

    @Option(
            name = "--attribute",
            description = "An attribute every file gets, key=value, for search filters; numbers and true/false are"
                    + " typed, quotes keep a string: 'year=\"2024\"'. Repeat for more. Files skipped as completed"
                    + " get it too, added to the attributes they have.",
            multiValued = true)
    List<String> attributes;

    @Option(name = "--chunk-size", description = "Tokens per chunk, 100 to 4096 (default: the store's chunking).")
    Integer chunkSize;

    @Option(
            name = "--chunk-overlap",
            description = "Tokens each chunk repeats from the one before, 0 to half the size.")
    Integer chunkOverlap;

    @Option(name = "--no-wait", description = "Return once the batch is created; watch it with vs:batch.")
    boolean noWait;

    @Option(name = "--failed-limit", description = "List at most this many failed files (default 50).")
    int failedLimit = BatchView.FAILED_LIMIT;

    @Option(
            name = "--files",
            description = "The Files provider's id; needed when several run and the vector store provider names none.")
    String filesProvider;

    @Reference
    Session session;

    Clock clock = Clock.systemUTC();

    Sleeper sleeper = Sleeper.THREAD;

    @Override
    protected Object run() {
        Ingest.Options options = options();
        try (Providers.Lease<VectorIO> vectorIO = Providers.vectorIO(context, provider);
                Providers.Lease<Files> files = Providers.files(context, filesProvider, vectorIO)) {
            VectorStore target = StoreNames.resolve(vectorIO.service(), store);
            SourceFiles.Found found =
                    SourceFiles.walk(paths, Path.of("").toAbsolutePath(), Path.of(System.getProperty("user.home")));
            if (found.files().isEmpty()) {
                throw new IllegalArgumentException("No files to ingest in " + String.join(", ", paths)
                        + SourceFiles.leftOut(found) + "; name files, or folders that hold some");
            }
            new Ingest(
                            vectorIO.service(),
                            files.service(),
                            target,
                            storeRef(target),
                            System.out,
                            clock,
                            sleeper,
                            Terminals.redrawWidth(session))
                    .run(found, options);
        }
        return null;
    }

    /** Reads the options before anything is touched, so that a bad one changes nothing. */
    Ingest.Options options() {
        refuseLateOptions("vs:ingest --no-wait docs manuals/", paths);
        if (failedLimit < 0) {
            throw new IllegalArgumentException("--failed-limit " + failedLimit + " is negative; use 0 or more");
        }
        ChunkingStrategy chunking = Chunking.of(chunkSize, chunkOverlap);
        Map<String, Object> typed = KeyValues.typed("--attribute", attributes);
        return new Ingest.Options(typed, chunking, noWait, failedLimit);
    }
}
