package dev.strata.console.vs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.files.FileInfo;
import dev.strata.api.files.FilePurpose;
import dev.strata.api.vectorio.FileBatch;
import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.VectorStore;
import dev.strata.api.vectorio.VectorStoreFile;
import dev.strata.api.vectorio.VectorStoreFileStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {

    @TempDir
    Path base;

    private final FakeFiles files = new FakeFiles();
    private final FakeVectorIO vectorIO = new FakeVectorIO(files);
    private final VectorStore store = vectorIO.add("docs");
    private final FakeClock clock = new FakeClock();
    private ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private void write(String path, String content) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private Optional<FileBatch> ingest(boolean noWait, String... paths) {
        return ingest(noWait, Map.of("team", "search"), paths);
    }

    private Optional<FileBatch> ingest(boolean noWait, Map<String, Object> attributes, String... paths) {
        bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Ingest ingest = new Ingest(vectorIO, files, store, "docs", out, clock, clock.sleeper(), 0);
        SourceFiles.Found found = SourceFiles.walk(List.of(paths), base, base);
        return ingest.run(found, new Ingest.Options(attributes, null, noWait, 50));
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private void fourFilesOneBad() throws IOException {
        write("docs/a.txt", "a");
        write("docs/b.txt", "bb");
        write("docs/bad.pdf", "ccc");
        write("docs/sub/c.txt", "dddd");
        vectorIO.failing.add("bad.pdf");
    }

    @Test
    void everyFileIsUploadedThenOneBatchIsFollowedToItsSummary() throws IOException {
        fourFilesOneBad();

        FileBatch batch = ingest(false, "docs").orElseThrow();

        assertThat(files.stored.values())
                .extracting(FileInfo::filename)
                .containsExactly("a.txt", "b.txt", "bad.pdf", "c.txt");
        assertThat(files.purposes.values()).containsOnly(FilePurpose.ASSISTANTS);
        assertThat(vectorIO.batchFiles).containsOnlyKeys(batch.id());
        assertThat(vectorIO.batchFiles.get(batch.id())).containsExactlyElementsOf(files.stored.keySet());
        assertThat(vectorIO.batchAttributes).containsExactly(Map.of("team", "search"));
        assertThat(batch.status()).isEqualTo(FileBatchStatus.COMPLETED);
        assertThat(printed())
                .contains("Found 4 files.")
                .contains("Uploaded 4/4 files (10 B) in")
                .contains("Batch " + batch.id() + " (job job-" + batch.id() + ") is ingesting 4 files into "
                        + store.id() + " (docs).")
                .contains("Batch " + batch.id() + " completed in 2.0s: 4 files; 3 completed, 1 failed, 0 cancelled;"
                        + " 2.0 files/s.")
                .contains("Failed files:" + System.lineSeparator() + "  docs/bad.pdf: cannot read file-3")
                .contains("Running vs:ingest again would fail these files again: their types are not supported");
    }

    @Test
    void runningAgainSkipsTheFilesTheStoreCompletedAndRetriesTheRest() throws IOException {
        fourFilesOneBad();
        ingest(false, "docs");
        vectorIO.failing.clear();

        FileBatch second = ingest(false, "docs").orElseThrow();

        assertThat(printed()).contains("Skipped 3 files the store has completed already (same name and size).");
        assertThat(vectorIO.batchFiles.get(second.id())).hasSize(1);
        assertThat(files.get(vectorIO.batchFiles.get(second.id()).get(0))
                        .orElseThrow()
                        .filename())
                .isEqualTo("bad.pdf");
        assertThat(second.fileCounts().completed()).isEqualTo(1);
        assertThat(printed()).contains("Detached 1 earlier failed or cancelled attempt of these files from the store.");
        assertThat(vectorIO.files)
                .filteredOn(f -> f.status() == VectorStoreFileStatus.FAILED)
                .isEmpty();

        assertThat(ingest(false, "docs")).isEmpty();
        assertThat(printed()).contains("Skipped 4 files").contains("Nothing left to upload.");
    }

    @Test
    void theAttributesOfARunReachTheFilesItSkips() throws IOException {
        write("docs/a.txt", "a");
        write("docs/b.txt", "bb");
        ingest(false, Map.of(), "docs");

        assertThat(ingest(false, Map.of("section", "ops"), "docs")).isEmpty();

        assertThat(printed()).contains("Skipped 2 files").contains("Gave 2 skipped files the attributes section=ops.");
        assertThat(vectorIO.files).extracting(VectorStoreFile::attributes).containsOnly(Map.of("section", "ops"));

        ingest(false, Map.of("section", "ops"), "docs");

        assertThat(printed()).contains("Skipped 2 files").doesNotContain("Gave");
    }

    @Test
    void ctrlCWhileWatchingStopsTheWatchButNotTheBatch() throws IOException {
        fourFilesOneBad();
        clock.interruptAtSleep = 2;

        FileBatch batch = ingest(false, "docs").orElseThrow();

        assertThat(batch.status()).isEqualTo(FileBatchStatus.IN_PROGRESS);
        assertThat(vectorIO.cancelled).isEmpty();
        assertThat(vectorIO.batches.get(batch.id()).status()).isEqualTo(FileBatchStatus.IN_PROGRESS);
        assertThat(printed())
                .contains("Stopped watching; batch " + batch.id() + " goes on (job job-" + batch.id() + ").")
                .contains("Watch it: vs:batch docs " + batch.id() + "    Cancel it: vs:cancel docs " + batch.id());
    }

    @Test
    void noWaitReturnsOnceTheBatchExists() throws IOException {
        write("a.txt", "a");

        FileBatch batch = ingest(true, "a.txt").orElseThrow();

        assertThat(batch.status()).isEqualTo(FileBatchStatus.IN_PROGRESS);
        assertThat(clock.sleeps).isZero();
        assertThat(printed()).contains("Watch it: vs:batch docs " + batch.id());
    }

    @Test
    void ctrlCWhileUploadingDeletesTheUploadsAndAttachesNothing() throws IOException {
        fourFilesOneBad();
        files.interruptAt = 3;

        assertThat(ingest(false, "docs")).isEmpty();

        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(files.stored).isEmpty();
        assertThat(files.deleted).containsExactlyInAnyOrder("file-1", "file-2");
        assertThat(vectorIO.batches).isEmpty();
        assertThat(printed())
                .contains("Stopped: Ctrl-C stopped the upload. Nothing was attached to the store; deleted the 2"
                        + " files uploaded so far. Running the same vs:ingest again starts over.");
    }

    @Test
    void aBatchTheProviderRefusesDeletesTheUploads() throws IOException {
        fourFilesOneBad();
        vectorIO.refuseBatch = new IllegalStateException("No job scheduler is present");

        assertThatThrownBy(() -> ingest(false, "docs")).hasMessage("No job scheduler is present");

        assertThat(files.stored).isEmpty();
        assertThat(files.deleted).hasSize(4);
        assertThat(printed()).contains("Stopped: the batch could not be created.");
    }

    @Test
    void aFileTheFilesApiRefusesIsReportedAndLeftOutOfTheBatch() throws IOException {
        write("a.txt", "a");
        write("big.bin", "bbbbbbbb");
        write("c.txt", "c");
        files.refused.add("big.bin");

        FileBatch batch = ingest(false, ".").orElseThrow();

        assertThat(vectorIO.batchFiles.get(batch.id())).hasSize(2);
        assertThat(printed())
                .contains("Could not upload big.bin: file 'big.bin' is over the 1 MiB limit")
                .contains("Uploaded 2/3 files (2 B) in 0.0s; 1 could not be uploaded and are not in the batch.");
    }

    @Test
    void emptyFilesAreLeftOutAndSaidSo() throws IOException {
        write("a.txt", "a");
        write("empty.txt", "");

        FileBatch batch = ingest(false, ".").orElseThrow();

        assertThat(vectorIO.batchFiles.get(batch.id())).hasSize(1);
        assertThat(printed()).contains("Left out 1 empty file, which the Files API does not store: empty.txt");
    }

    @Test
    void filesAnEarlierBatchStillIngestsAreRefusedBeforeAnyUpload() throws IOException {
        write("a.txt", "a");
        write("b.txt", "b");
        FileInfo earlier = files.add("a.txt", 1);
        vectorIO.attach(store.id(), earlier.id(), VectorStoreFileStatus.IN_PROGRESS, "vsfb_9");

        assertThatThrownBy(() -> ingest(false, "."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("1 file (a.txt) is still being ingested by an earlier batch (vsfb_9); wait for it"
                        + " (vs:batch docs vsfb_9) or cancel it (vs:cancel docs vsfb_9), then run again. Nothing was"
                        + " uploaded");
        assertThat(files.uploads).isZero();
    }

    @Test
    void uploadsReportProgressEverySoOften() throws IOException {
        for (int i = 0; i < 30; i++) {
            write(String.format("many/%02d.txt", i), "x");
        }
        clock.tick = Duration.ofMillis(500);

        ingest(true, "many");

        List<String> progress =
                printed().lines().filter(l -> l.startsWith("uploaded ")).toList();
        assertThat(progress).first().isEqualTo("uploaded 4/30 files");
        assertThat(progress).hasSizeBetween(5, 10).last().asString().startsWith("uploaded 2");
        assertThat(printed()).contains("Uploaded 30/30 files (30 B) in");
    }
}
