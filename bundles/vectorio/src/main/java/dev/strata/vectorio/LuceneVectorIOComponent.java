package dev.strata.vectorio;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.files.Files;
import dev.strata.api.files.TextExtraction;
import dev.strata.api.inference.Inference;
import dev.strata.api.kvstore.KVStore;
import dev.strata.api.scheduler.JobContext;
import dev.strata.api.scheduler.JobExecutor;
import dev.strata.api.scheduler.JobScheduler;
import dev.strata.api.stack.ServesProviderType;
import dev.strata.api.vectorio.ChunkingStrategy;
import dev.strata.api.vectorio.FileBatch;
import dev.strata.api.vectorio.FileContentPage;
import dev.strata.api.vectorio.SearchRequest;
import dev.strata.api.vectorio.SearchResult;
import dev.strata.api.vectorio.VectorIO;
import dev.strata.api.vectorio.VectorStore;
import dev.strata.api.vectorio.VectorStoreCreate;
import dev.strata.api.vectorio.VectorStoreFile;
import dev.strata.api.vectorio.VectorStoreFileStatus;
import dev.strata.api.vectorio.VectorStoreUpdate;
import dev.strata.vectorio.catalog.Catalog;
import dev.strata.vectorio.store.LuceneVectorIO;
import dev.strata.vectorio.store.OptionalServices;
import dev.strata.vectorio.store.VectorIOSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code inline::lucene} provider per factory configuration of {@value #PID}. Its mandatory
 * references are the KV store of its catalog ({@code kvstore}) and the inference service that
 * embeds ({@code inference}); the Files service, the text extraction service and the job
 * scheduler are optional, dynamic and greedy, so the provider runs without them and single
 * files can be attached without a scheduler. The configuration's properties become the
 * service's properties (DS 1.5, section 112.6).
 *
 * <p>The provider is also the whiteboard executor of {@value VectorIO#FILE_BATCH_JOB_TYPE} jobs;
 * see {@link FileBatchProviders} for how a job reaches its own provider when there are several.
 */
@Component(
        service = {VectorIO.class, JobExecutor.class},
        property = JobExecutor.JOB_TYPE + "=" + VectorIO.FILE_BATCH_JOB_TYPE,
        configurationPid = LuceneVectorIOComponent.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
@Designate(ocd = LuceneConfig.class, factory = true)
@ServesProviderType(
        type = LuceneVectorIOComponent.PROVIDER_TYPE,
        api = "vector_io",
        factoryPid = LuceneVectorIOComponent.PID,
        requires = {"kvstore", "inference"},
        optional = {"files", "job_scheduler"},
        executes = VectorIO.FILE_BATCH_JOB_TYPE)
public class LuceneVectorIOComponent implements VectorIO, JobExecutor {

    /** The factory PID of Lucene vector IO configurations. */
    public static final String PID = "dev.strata.vectorio.lucene";

    /** The provider type of run.yaml that this bundle serves. */
    public static final String PROVIDER_TYPE = "inline::lucene";

    private static final Logger LOG = LoggerFactory.getLogger(LuceneVectorIOComponent.class);

    private final LuceneVectorIO vectorIO;
    private final ExecutorService ingestionPool;
    private final ExecutorService indexWrites;

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Files files;

    @Reference(
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TextExtraction textExtraction;

    private volatile JobScheduler scheduler;

    @Activate
    public LuceneVectorIOComponent(
            LuceneConfig config,
            @Reference(name = "kvstore") KVStore store,
            @Reference(name = "inference") Inference inference)
            throws IOException {
        VectorIOSettings settings = settings(config);
        this.ingestionPool = Executors.newFixedThreadPool(
                settings.batchConcurrency(), threads("strata-vectorio-ingest-" + settings.providerId() + "-"));
        this.indexWrites = Executors.newFixedThreadPool(
                settings.batchConcurrency(), threads("strata-vectorio-index-" + settings.providerId() + "-"));
        this.vectorIO = new LuceneVectorIO(
                settings, new Catalog(store), inference, new Bound(), Clock.systemUTC(), ingestionPool, indexWrites);
        FileBatchProviders.add(vectorIO);
        LOG.info("vector IO provider '{}' keeps its indexes in {}", settings.providerId(), settings.folder());
    }

    static VectorIOSettings settings(LuceneConfig config) {
        Path folder = dataFolder().resolve(config.storage_dir()).resolve(config.provider_id());
        return new VectorIOSettings(
                config.provider_id(), folder.normalize(), config.embedding_model(), config.batch_concurrency());
    }

    @Reference(
            name = "scheduler",
            cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindScheduler(JobScheduler bound) {
        this.scheduler = bound;
        // Not on the binding thread: it may be the scheduler's own activation.
        ingestionPool.execute(() -> {
            try {
                vectorIO.scheduleUnscheduledBatches();
            } catch (RuntimeException e) {
                LOG.warn("cannot schedule the file batches whose creation a crash cut short", e);
            }
        });
    }

    void unbindScheduler(JobScheduler unbound) {
        if (scheduler == unbound) {
            scheduler = null;
        }
    }

    @Deactivate
    void deactivate() throws IOException, InterruptedException {
        FileBatchProviders.remove(vectorIO);
        LuceneVectorIO.abandon(ingestionPool.shutdownNow());
        if (!ingestionPool.awaitTermination(30, TimeUnit.SECONDS)) {
            LOG.warn(
                    "vector IO provider '{}': ingestion threads still run 30 s after stopping",
                    vectorIO.settings().providerId());
        }
        indexWrites.shutdown();
        indexWrites.awaitTermination(60, TimeUnit.SECONDS);
        vectorIO.close();
        LOG.info("vector IO provider '{}' stopped", vectorIO.settings().providerId());
    }

    @Override
    public Map<String, Object> execute(JobContext context) throws Exception {
        return FileBatchProviders.run(context);
    }

    @Override
    public VectorStore createStore(VectorStoreCreate request) {
        return vectorIO.createStore(request);
    }

    @Override
    public Optional<VectorStore> getStore(String storeId) {
        return vectorIO.getStore(storeId);
    }

    @Override
    public Page<VectorStore> listStores(PageRequest page) {
        return vectorIO.listStores(page);
    }

    @Override
    public VectorStore updateStore(String storeId, VectorStoreUpdate update) {
        return vectorIO.updateStore(storeId, update);
    }

    @Override
    public boolean deleteStore(String storeId) {
        return vectorIO.deleteStore(storeId);
    }

    @Override
    public VectorStoreFile attachFile(
            String storeId, String fileId, Map<String, ?> attributes, ChunkingStrategy chunkingOrNull) {
        return vectorIO.attachFile(storeId, fileId, attributes, chunkingOrNull);
    }

    @Override
    public Optional<VectorStoreFile> getFile(String storeId, String fileId) {
        return vectorIO.getFile(storeId, fileId);
    }

    @Override
    public Page<VectorStoreFile> listFiles(String storeId, VectorStoreFileStatus statusOrNull, PageRequest page) {
        return vectorIO.listFiles(storeId, statusOrNull, page);
    }

    @Override
    public VectorStoreFile updateFileAttributes(String storeId, String fileId, Map<String, ?> attributes) {
        return vectorIO.updateFileAttributes(storeId, fileId, attributes);
    }

    @Override
    public boolean deleteFile(String storeId, String fileId) {
        return vectorIO.deleteFile(storeId, fileId);
    }

    @Override
    public FileContentPage fileContent(String storeId, String fileId, String pageTokenOrNull) {
        return vectorIO.fileContent(storeId, fileId, pageTokenOrNull);
    }

    @Override
    public FileBatch createFileBatch(
            String storeId, List<String> fileIds, Map<String, ?> attributes, ChunkingStrategy chunkingOrNull) {
        return vectorIO.createFileBatch(storeId, fileIds, attributes, chunkingOrNull);
    }

    @Override
    public Optional<FileBatch> getFileBatch(String storeId, String batchId) {
        return vectorIO.getFileBatch(storeId, batchId);
    }

    @Override
    public FileBatch cancelFileBatch(String storeId, String batchId) {
        return vectorIO.cancelFileBatch(storeId, batchId);
    }

    @Override
    public Page<FileBatch> listFileBatches(String storeId, PageRequest page) {
        return vectorIO.listFileBatches(storeId, page);
    }

    @Override
    public Page<VectorStoreFile> listFileBatchFiles(
            String storeId, String batchId, VectorStoreFileStatus statusOrNull, PageRequest page) {
        return vectorIO.listFileBatchFiles(storeId, batchId, statusOrNull, page);
    }

    @Override
    public List<SearchResult> search(String storeId, SearchRequest request) {
        return vectorIO.search(storeId, request);
    }

    /** The optional services as bound now. */
    private final class Bound implements OptionalServices {

        @Override
        public Optional<Files> files() {
            return Optional.ofNullable(files);
        }

        @Override
        public Optional<TextExtraction> textExtraction() {
            return Optional.ofNullable(textExtraction);
        }

        @Override
        public Optional<JobScheduler> scheduler() {
            return Optional.ofNullable(scheduler);
        }
    }

    private static Path dataFolder() {
        String data = System.getProperty("karaf.data");
        return (data == null || data.isBlank() ? Path.of("data") : Path.of(data)).toAbsolutePath();
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
