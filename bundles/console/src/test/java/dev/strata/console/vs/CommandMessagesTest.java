package dev.strata.console.vs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.vectorio.ChunkingStrategy;
import dev.strata.api.vectorio.FileBatch;
import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.FileCounts;
import dev.strata.api.vectorio.VectorStore;
import dev.strata.api.vectorio.VectorStoreCreate;
import dev.strata.api.vectorio.VectorStoreFileStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandMessagesTest {

    private final FakeFiles files = new FakeFiles();
    private final FakeVectorIO vectorIO = new FakeVectorIO(files);

    private static FileBatch batch(FileBatchStatus status, FileCounts counts) {
        return new FileBatch("vsfb_1", "vs_1", FakeFiles.AT, status, counts, "job-1");
    }

    @Test
    void createReadsItsOptionsIntoTheRequest() {
        CreateCommand command = new CreateCommand();
        command.name = "docs";
        command.model = "minilm";
        command.chunkSize = 400;
        command.chunkOverlap = 100;
        command.metadata = List.of("team=search");

        VectorStoreCreate request = command.request();

        assertThat(request.name()).isEqualTo("docs");
        assertThat(request.embeddingModelOrNull()).isEqualTo("minilm");
        assertThat(request.chunkingStrategyOrNull()).isEqualTo(new ChunkingStrategy.Static(400, 100));
        assertThat(request.metadata()).isEqualTo(Map.of("team", "search"));
        assertThat(CreateCommand.describe(vectorIO.add("docs")))
                .isEqualTo("Created vector store vs_1 'docs': model minilm, dimension 384, chunking auto (the provider"
                        + " fits chunk sizes to the model).");
    }

    @Test
    void createRefusesMetadataOpenAIRefuses() {
        CreateCommand command = new CreateCommand();
        command.name = "docs";
        command.metadata = List.of("k=" + "v".repeat(513));

        assertThatThrownBy(command::request).hasMessage("--metadata: metadata.k has 513 characters; use at most 512");
    }

    @Test
    void cancelSaysWhatChanged() {
        FileCounts before = FileCounts.of(5, 3, 0, 0);
        FileCounts after = FileCounts.of(0, 3, 0, 5);

        assertThat(CancelCommand.message(
                        batch(FileBatchStatus.IN_PROGRESS, before), batch(FileBatchStatus.CANCELLED, after), "docs"))
                .isEqualTo("Batch vsfb_1 is cancelled: 3 completed, 0 failed, 5 cancelled, 0 in progress.");
        assertThat(CancelCommand.message(
                        batch(FileBatchStatus.COMPLETED, after), batch(FileBatchStatus.COMPLETED, after), "docs"))
                .startsWith("Batch vsfb_1 had already ended (completed); nothing changed");
        assertThat(CancelCommand.message(
                        batch(FileBatchStatus.IN_PROGRESS, before), batch(FileBatchStatus.IN_PROGRESS, before), "docs"))
                .endsWith("vs:batch docs vsfb_1 watches it end.");
    }

    @Test
    void aCancelStillSettlingSaysItsCountsMayStillChange() {
        FileCounts counts = FileCounts.of(5, 3, 0, 0);

        assertThat(CancelCommand.message(
                        batch(FileBatchStatus.IN_PROGRESS, counts), batch(FileBatchStatus.IN_PROGRESS, counts), "docs"))
                .isEqualTo("Batch vsfb_1 is being cancelled; the files it finished are still being committed, so"
                        + " these counts may still change: 3 completed, 0 failed, 0 cancelled, 5 in progress."
                        + " vs:batch docs vsfb_1 watches it end.");
    }

    @Test
    void deleteSaysTheFilesStay() {
        VectorStore store = vectorIO.add("docs");

        assertThat(DeleteCommand.message(store, true))
                .isEqualTo("Deleted vector store vs_1 'docs'; the Files API keeps its 0 files.");
        assertThat(DeleteCommand.message(store, false)).contains("was already gone; nothing deleted");
    }

    @Test
    void infoShowsTheStoreAndItsLatestBatches() {
        VectorStore store = vectorIO.add("docs");
        String first = vectorIO.createFileBatch(
                        store.id(), List.of(files.add("a.txt", 1).id()), null, null)
                .id();
        String second = vectorIO.createFileBatch(
                        store.id(), List.of(files.add("b.txt", 1).id()), null, null)
                .id();

        assertThat(InfoCommand.lines(store))
                .contains("Name:        docs", "Model:       minilm, dimension 384", "Expires:     never")
                .anyMatch(
                        line -> line.equals("Files:       0 files: 0 completed, 0 failed, 0 cancelled, 0 in progress"));
        assertThat(InfoCommand.latestBatches(vectorIO, store).data())
                .extracting(FileBatch::id)
                .containsExactlyInAnyOrder(first, second);
        assertThat(InfoCommand.latestBatches(vectorIO, store).hasMore()).isFalse();
    }

    @Test
    void aBatchSummaryNamesEachFailedFileUpToTheLimit() {
        VectorStore store = vectorIO.add("docs");
        List<String> ids = List.of(
                files.add("a.pdf", 1).id(),
                files.add("b.pdf", 1).id(),
                files.add("c.pdf", 1).id());
        FileBatch batch = vectorIO.createFileBatch(store.id(), ids, null, null);
        ids.forEach(id -> vectorIO.attach(store.id(), id, VectorStoreFileStatus.FAILED, batch.id()));
        FileBatch failed = new FileBatch(
                batch.id(), store.id(), FakeFiles.AT, FileBatchStatus.COMPLETED, FileCounts.of(0, 0, 3, 0), "job-1");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FakeClock clock = new FakeClock();
        BatchView view = new BatchView(
                vectorIO,
                store.id(),
                "docs",
                id -> files.get(id).orElseThrow().filename(),
                new PrintStream(bytes, true, StandardCharsets.UTF_8),
                clock,
                clock.sleeper(),
                0,
                2);

        view.summary(failed, null);

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "Batch " + batch.id() + " completed: 3 files; 0 completed, 3 failed, 0 cancelled.",
                        "Failed files:",
                        "  a.pdf: cannot read file-1",
                        "  b.pdf: cannot read file-2",
                        "  ... and 1 more failed file (raise --failed-limit to see them)",
                        "Running the same vs:ingest again retries the failed and cancelled files, but the 2 files of"
                                + " an unsupported type will fail again unless converted; files the store has completed"
                                + " are skipped.");
    }

    @Test
    void ingestReadsItsOptionsBeforeTouchingAnything() {
        IngestCommand command = new IngestCommand();
        command.paths = List.of("manuals/");
        command.attributes = List.of("year=2024", "lang=en");
        command.chunkSize = 800;
        command.chunkOverlap = 400;

        Ingest.Options options = command.options();

        assertThat(options.attributes()).isEqualTo(Map.of("year", 2024L, "lang", "en"));
        assertThat(options.chunkingOrNull()).isEqualTo(new ChunkingStrategy.Static(800, 400));
        command.paths = List.of("manuals/", "--no-wait");
        assertThatThrownBy(command::options).hasMessageStartingWith("--no-wait comes after the arguments");
        command.paths = List.of("manuals/");
        command.failedLimit = -1;
        assertThatThrownBy(command::options).hasMessage("--failed-limit -1 is negative; use 0 or more");
    }
}
