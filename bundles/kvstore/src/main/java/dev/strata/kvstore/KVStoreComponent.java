package dev.strata.kvstore;

import dev.strata.api.kvstore.KVEntry;
import dev.strata.api.kvstore.KVStore;
import dev.strata.api.kvstore.KVWrite;
import dev.strata.api.stack.ServesProviderType;
import dev.strata.kvstore.jdbc.BackendType;
import dev.strata.kvstore.jdbc.DataFolder;
import dev.strata.kvstore.jdbc.JdbcKVStore;
import dev.strata.kvstore.jdbc.StoreSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One KV store per factory configuration of {@value #PID}. The configuration's properties,
 * {@code provider.id} and {@code provider.type} among them, become the service's properties
 * (DS 112.6), except {@code .password}. Activation fails, with a message naming the property
 * and the fix, on a bad configuration or a Derby database that cannot be opened; a PostgreSQL
 * server that is down does not stop the store from starting (its operations fail until the
 * server is up).
 */
@Component(
        service = KVStore.class,
        configurationPid = KVStoreComponent.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
@Designate(ocd = KVStoreConfig.class, factory = true)
@ServesProviderType(type = "kv_derby", api = "kvstore", factoryPid = KVStoreComponent.PID)
@ServesProviderType(type = "kv_postgres", api = "kvstore", factoryPid = KVStoreComponent.PID)
public class KVStoreComponent implements KVStore {

    /** The factory PID of KV store configurations. */
    public static final String PID = "dev.strata.kvstore";

    private static final Logger LOG = LoggerFactory.getLogger(KVStoreComponent.class);

    private final JdbcKVStore store;
    private final AutoCloseable purger;

    @Activate
    public KVStoreComponent(KVStoreConfig config) {
        this(settings(config), Clock.systemUTC(), new ThreadScheduling("strata-kv-purge-" + config.provider_id()));
    }

    KVStoreComponent(StoreSettings settings, Clock clock, Scheduling scheduling) {
        this.store = JdbcKVStore.open(settings, clock);
        this.purger = ExpiryPurger.start(store, settings.purgeInterval(), scheduling);
        LOG.info(
                "KV store '{}' serves namespace '{}' from {}",
                settings.providerId(),
                settings.namespace(),
                settings.location());
    }

    static StoreSettings settings(KVStoreConfig config) {
        return StoreSettings.builder(config.provider_id(), BackendType.of(config.provider_type(), config.provider_id()))
                .namespace(config.namespace())
                .dbPath(config.db_path())
                .url(config.url())
                .user(config.user())
                .password(config._password())
                .maxValueBytes(config.max_value_bytes())
                .poolSize(config.pool_size())
                .connectTimeout(Duration.ofSeconds(config.connect_timeout_seconds()))
                .purgeInterval(Duration.ofSeconds(config.purge_interval_seconds()))
                .dataFolder(DataFolder.current())
                .build();
    }

    @Deactivate
    void deactivate() throws Exception {
        try {
            purger.close();
        } finally {
            store.close();
        }
        LOG.info("KV store '{}' stopped", store.settings().providerId());
    }

    @Override
    public Optional<byte[]> get(String key) {
        return store.get(key);
    }

    @Override
    public void set(String key, byte[] value) {
        store.set(key, value);
    }

    @Override
    public void set(String key, byte[] value, Instant expiresAt) {
        store.set(key, value, expiresAt);
    }

    @Override
    public boolean delete(String key) {
        return store.delete(key);
    }

    @Override
    public List<KVEntry> range(String startInclusive, String endExclusive, int limit) {
        return store.range(startInclusive, endExclusive, limit);
    }

    @Override
    public List<String> keys(String startInclusive, String endExclusive, int limit) {
        return store.keys(startInclusive, endExclusive, limit);
    }

    @Override
    public List<KVEntry> scan(String prefix, int limit) {
        return store.scan(prefix, limit);
    }

    @Override
    public boolean compareAndSet(String key, byte[] expected, byte[] newValue) {
        return store.compareAndSet(key, expected, newValue);
    }

    @Override
    public void write(List<KVWrite> batch) {
        store.write(batch);
    }
}
