package dev.strata.files;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.files.FileInfo;
import dev.strata.api.files.FilePurpose;
import dev.strata.api.files.Files;
import dev.strata.api.kvstore.KVStore;
import dev.strata.api.stack.ServesProviderType;
import dev.strata.files.store.DataFolder;
import dev.strata.files.store.FileSettings;
import dev.strata.files.store.LocalFiles;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One files provider per factory configuration of {@value #PID}: blobs in its storage folder,
 * metadata in the KV store its mandatory {@code kvstore} reference binds (the run config's
 * {@code kvstore: {backend, namespace}} sets that reference's target). The configuration's
 * properties, {@code provider.id} and {@code provider.type} among them, become the service's
 * properties (DS 1.5, section 112.6). Activation fails, with a message naming the setting and
 * the fix, on a bad configuration or a folder another provider has open.
 */
@Component(
        service = Files.class,
        configurationPid = FilesComponent.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
@Designate(ocd = FilesConfig.class, factory = true)
@ServesProviderType(
        type = FilesComponent.PROVIDER_TYPE,
        api = "files",
        factoryPid = FilesComponent.PID,
        requires = "kvstore")
public class FilesComponent implements Files {

    /** The factory PID of files provider configurations. */
    public static final String PID = "dev.strata.files";

    /** The provider type of run.yaml that this bundle serves. */
    public static final String PROVIDER_TYPE = "inline::localfs";

    private static final Logger LOG = LoggerFactory.getLogger(FilesComponent.class);

    private final LocalFiles files;
    private final AutoCloseable purger;

    @Activate
    public FilesComponent(FilesConfig config, @Reference(name = "kvstore") KVStore store) throws IOException {
        this(
                settings(config),
                store,
                Clock.systemUTC(),
                new ThreadScheduling("strata-files-purge-" + config.provider_id()));
    }

    FilesComponent(FileSettings settings, KVStore store, Clock clock, Scheduling scheduling) throws IOException {
        this.files = LocalFiles.open(settings, store, clock);
        this.purger = ExpiryPurger.start(files, settings.purgeInterval(), scheduling);
        LOG.info(
                "files provider '{}' keeps blobs in {}, at most {} bytes each",
                settings.providerId(),
                settings.folder(),
                settings.maxFileBytes());
    }

    static FileSettings settings(FilesConfig config) {
        return FileSettings.of(
                config.provider_id(),
                DataFolder.current(),
                config.storage_dir(),
                config.max_file_bytes(),
                Duration.ofSeconds(config.purge_interval_seconds()));
    }

    @Deactivate
    void deactivate() throws Exception {
        try {
            purger.close();
        } finally {
            files.close();
        }
        LOG.info("files provider '{}' stopped", files.settings().providerId());
    }

    @Override
    public FileInfo create(InputStream content, String filename, FilePurpose purpose, Duration expiresAfter)
            throws IOException {
        return files.create(content, filename, purpose, expiresAfter);
    }

    @Override
    public Optional<FileInfo> get(String id) {
        return files.get(id);
    }

    @Override
    public InputStream content(String id) throws IOException {
        return files.content(id);
    }

    @Override
    public Page<FileInfo> list(FilePurpose purposeOrNull, PageRequest page) {
        return files.list(purposeOrNull, page);
    }

    @Override
    public boolean delete(String id) {
        return files.delete(id);
    }
}
