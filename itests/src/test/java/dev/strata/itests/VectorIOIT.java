package dev.strata.itests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.common.PageRequest;
import dev.strata.api.files.FileInfo;
import dev.strata.api.files.FilePurpose;
import dev.strata.api.files.Files;
import dev.strata.api.vectorio.ComparisonOperator;
import dev.strata.api.vectorio.FileBatch;
import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.Filter;
import dev.strata.api.vectorio.SearchMode;
import dev.strata.api.vectorio.SearchRequest;
import dev.strata.api.vectorio.SearchResult;
import dev.strata.api.vectorio.VectorIO;
import dev.strata.api.vectorio.VectorStore;
import dev.strata.api.vectorio.VectorStoreCreate;
import dev.strata.api.vectorio.VectorStoreFile;
import dev.strata.api.vectorio.VectorStoreFileError;
import dev.strata.api.vectorio.VectorStoreFileStatus;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Assume;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The main job in the real distribution: pages of the PostgreSQL manual (Debian's
 * postgresql-doc-15) go through the Files API into a Lucene vector store as one file batch,
 * run by the scheduler, and search finds the page that explains a concept.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class VectorIOIT extends StrataTestSupport {

    private static final Path MANUAL = Path.of("/usr/share/doc/postgresql-doc-15/html");

    private static final List<String> PAGES = List.of(
            "routine-vacuuming.html",
            "mvcc-intro.html",
            "wal-intro.html",
            "indexes-types.html",
            "tutorial-transactions.html",
            "datatype-json.html",
            "sql-createindex.html",
            "app-vacuumdb.html");

    private static final String RUN_CONFIG = """
            providers:
              job_scheduler:
                - provider_id: scheduler
                  provider_type: inline::scheduler
                  config:
                    kvstore: {backend: kv_default, namespace: job_scheduler}
              files:
                - provider_id: localfs
                  provider_type: inline::localfs
                  config:
                    kvstore: {backend: kv_default, namespace: files}
              inference:
                - provider_id: onnx
                  provider_type: inline::onnx
                  config: {}
              vector_io:
                - provider_id: lucene
                  provider_type: inline::lucene
                  config:
                    kvstore: {backend: kv_default, namespace: vector_io}
                    inference: {provider: onnx}
            storage:
              backends:
                kv_default: {type: kv_derby, db_path: kvstore}
            """;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Test
    public void aFileBatchOfManualPagesIsIngestedAndSearchFindsThePageThatExplains() throws Exception {
        if (!Boolean.parseBoolean(System.getenv("STRATA_REQUIRE_SERVICES"))) {
            Assume.assumeTrue("Debian's postgresql-doc-15 is not installed", java.nio.file.Files.isDirectory(MANUAL));
        }
        awaitStarted();
        writeRunConfig(RUN_CONFIG);
        VectorIO vectorIO = awaitService(VectorIO.class);
        Files files = awaitService(Files.class);
        awaitReady();
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("postgres manual"));
        List<String> ids = new ArrayList<>();
        for (String page : PAGES) {
            ids.add(upload(files, page, java.nio.file.Files.readAllBytes(MANUAL.resolve(page))));
        }
        String image = upload(files, "diagram.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
        ids.add(image);

        FileBatch batch = vectorIO.createFileBatch(store.id(), ids, Map.of("source", "manual"), null);
        awaitTrue(
                "the file batch to finish",
                () -> vectorIO.getFileBatch(store.id(), batch.id())
                                .orElseThrow()
                                .status()
                        != FileBatchStatus.IN_PROGRESS);

        FileBatch done = vectorIO.getFileBatch(store.id(), batch.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(FileBatchStatus.COMPLETED);
        assertThat(done.fileCounts().completed()).isEqualTo(PAGES.size());
        assertThat(done.fileCounts().failed()).isEqualTo(1);
        VectorStoreFile png = vectorIO.getFile(store.id(), image).orElseThrow();
        assertThat(png.status()).isEqualTo(VectorStoreFileStatus.FAILED);
        assertThat(png.lastError().code()).isEqualTo(VectorStoreFileError.Code.UNSUPPORTED_FILE);
        assertThat(vectorIO.getStore(store.id()).orElseThrow().fileCounts().completed())
                .isEqualTo(PAGES.size());

        assertThat(top(vectorIO, store, SearchRequest.of("reclaim the storage occupied by dead tuples")))
                .contains("routine-vacuuming.html");
        assertThat(top(
                        vectorIO,
                        store,
                        SearchRequest.of("write-ahead logging guarantees durability after a crash")
                                .withMode(SearchMode.HYBRID)))
                .contains("wal-intro.html");
        assertThat(top(vectorIO, store, SearchRequest.of("GIN index").withMode(SearchMode.KEYWORD)))
                .contains("indexes-types.html");
        SearchRequest onlyOthers =
                SearchRequest.of("vacuum").withFilter(new Filter.Comparison("source", ComparisonOperator.NE, "manual"));
        assertThat(vectorIO.search(store.id(), onlyOthers)).isEmpty();
    }

    @Test
    public void oneFileAttachesWithoutABatchAndItsAttributesFilterSearch() throws Exception {
        awaitStarted();
        writeRunConfig(RUN_CONFIG);
        VectorIO vectorIO = awaitService(VectorIO.class);
        Files files = awaitService(Files.class);
        awaitReady();
        VectorStore store = vectorIO.createStore(VectorStoreCreate.named("notes"));
        String id = upload(
                files,
                "notes.md",
                "# Durable jobs\n\nStrata keeps every job through a crash.".getBytes(StandardCharsets.UTF_8));

        VectorStoreFile file = vectorIO.attachFile(store.id(), id, Map.of("year", 2026), null);

        assertThat(file.status()).isEqualTo(VectorStoreFileStatus.COMPLETED);
        SearchRequest recent = SearchRequest.of("does a job survive a crash?")
                .withFilter(new Filter.Comparison("year", ComparisonOperator.GTE, 2025));
        assertThat(vectorIO.search(store.id(), recent))
                .extracting(SearchResult::filename)
                .containsExactly("notes.md");
        assertThat(vectorIO.listStores(PageRequest.first()).data())
                .extracting(VectorStore::id)
                .contains(store.id());
    }

    private static String upload(Files files, String name, byte[] content) throws Exception {
        try (InputStream in = new ByteArrayInputStream(content)) {
            FileInfo info = files.create(in, name, FilePurpose.ASSISTANTS, null);
            return info.id();
        }
    }

    private static List<String> top(VectorIO vectorIO, VectorStore store, SearchRequest request) {
        return vectorIO.search(store.id(), request.withMaxNumResults(5)).stream()
                .map(SearchResult::filename)
                .toList();
    }
}
