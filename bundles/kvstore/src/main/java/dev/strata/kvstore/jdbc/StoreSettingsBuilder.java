package dev.strata.kvstore.jdbc;

import static dev.strata.kvstore.jdbc.StoreSettings.check;
import static dev.strata.kvstore.jdbc.StoreSettings.quote;

import java.nio.file.Path;
import java.time.Duration;

/** Collects and checks the settings of one store; see {@link StoreSettings#builder}. */
public final class StoreSettingsBuilder {

    private final String providerId;
    private final BackendType type;
    private String namespace = "default";
    private String dbPath = "kvstore";
    private String url = "";
    private String user = "";
    private String password = "";
    private int maxValueBytes = 1024 * 1024;
    private int poolSize = 8;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration purgeInterval = Duration.ofMinutes(1);
    private Path dataFolder = DataFolder.current();

    StoreSettingsBuilder(String providerId, BackendType type) {
        this.providerId = providerId;
        this.type = type;
    }

    public StoreSettingsBuilder namespace(String value) {
        this.namespace = value;
        return this;
    }

    /** Sets the Derby database folder; a relative path resolves against the data folder. */
    public StoreSettingsBuilder dbPath(String value) {
        this.dbPath = value;
        return this;
    }

    public StoreSettingsBuilder url(String value) {
        this.url = value;
        return this;
    }

    public StoreSettingsBuilder user(String value) {
        this.user = value == null ? "" : value;
        return this;
    }

    public StoreSettingsBuilder password(String value) {
        this.password = value == null ? "" : value;
        return this;
    }

    public StoreSettingsBuilder maxValueBytes(int value) {
        this.maxValueBytes = value;
        return this;
    }

    public StoreSettingsBuilder poolSize(int value) {
        this.poolSize = value;
        return this;
    }

    public StoreSettingsBuilder connectTimeout(Duration value) {
        this.connectTimeout = value;
        return this;
    }

    public StoreSettingsBuilder purgeInterval(Duration value) {
        this.purgeInterval = value;
        return this;
    }

    public StoreSettingsBuilder dataFolder(Path value) {
        this.dataFolder = value.toAbsolutePath().normalize();
        return this;
    }

    /**
     * Checks every setting and returns them.
     *
     * @throws IllegalArgumentException naming the store, the setting, its value and the fix
     */
    public StoreSettings build() {
        check(
                providerId != null && !providerId.isBlank(),
                String.valueOf(providerId),
                "provider.id is " + quote(providerId),
                "give every KV store a non-blank provider id");
        check(type != null, providerId, "the backend type is missing", "use kv_derby or kv_postgres");
        checkNamespace();
        checkLimits();
        boolean derby = type == BackendType.KV_DERBY;
        if (derby) {
            checkDbPath();
        } else {
            checkUrl();
        }
        return new StoreSettings(
                providerId,
                type,
                namespace,
                derby ? DataFolder.resolve(dataFolder, dbPath) : null,
                derby ? null : url,
                user,
                password,
                maxValueBytes,
                poolSize,
                connectTimeout,
                purgeInterval,
                dataFolder);
    }

    private void checkNamespace() {
        check(
                namespace != null && !namespace.isEmpty(),
                providerId,
                "namespace is " + quote(namespace),
                "set a non-empty namespace, for example the name of the provider that keeps its state here");
        check(
                namespace.length() <= StoreSettings.MAX_NAMESPACE_LENGTH,
                providerId,
                "namespace " + quote(namespace) + " is " + namespace.length() + " characters long",
                "use at most " + StoreSettings.MAX_NAMESPACE_LENGTH + " characters");
    }

    private void checkLimits() {
        check(
                maxValueBytes >= 1 && maxValueBytes <= StoreSettings.MAX_VALUE_LIMIT,
                providerId,
                "max.value.bytes is " + maxValueBytes,
                "use a size from 1 to " + StoreSettings.MAX_VALUE_LIMIT + " bytes");
        check(poolSize >= 1 && poolSize <= 100, providerId, "pool.size is " + poolSize, "use 1 to 100 connections");
        check(
                connectTimeout != null && connectTimeout.toMillis() >= 250,
                providerId,
                "connect.timeout.seconds is " + connectTimeout,
                "use 1 second or more");
        check(
                purgeInterval != null && purgeInterval.toMillis() >= 1000,
                providerId,
                "purge.interval.seconds is " + purgeInterval,
                "use 1 second or more");
    }

    private void checkDbPath() {
        check(
                dbPath != null && !dbPath.isBlank(),
                providerId,
                "db.path is " + quote(dbPath),
                "set the folder of the Derby database, absolute or relative to the data folder " + dataFolder);
        check(
                !dbPath.contains(";"),
                providerId,
                "db.path " + quote(dbPath) + " contains ';'",
                "use a folder name without ';', which Derby reads as the start of connection attributes");
    }

    private void checkUrl() {
        check(
                url != null && !url.isBlank(),
                providerId,
                "url is missing for backend kv_postgres",
                "set url to a JDBC URL such as jdbc:postgresql://localhost:5432/strata");
        check(
                url.startsWith("jdbc:postgresql:"),
                providerId,
                "url " + quote(StoreSettings.redact(url)) + " is not a PostgreSQL JDBC URL",
                "use the form jdbc:postgresql://HOST:PORT/DATABASE");
    }
}
