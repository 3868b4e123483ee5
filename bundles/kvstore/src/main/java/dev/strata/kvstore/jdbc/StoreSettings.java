package dev.strata.kvstore.jdbc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The checked configuration of one KV store: which backend, where, which namespace, and its
 * limits. Built only through {@link #builder}, which refuses a bad value with a message naming
 * the store, the setting, the value and what to use instead.
 *
 * @param providerId the store's provider id, as in the run config
 * @param type the backend
 * @param namespace the namespace whose keys this store serves
 * @param dbPath the Derby database folder, absolute; {@code null} for PostgreSQL
 * @param url the PostgreSQL JDBC URL; {@code null} for Derby
 * @param user the PostgreSQL user; empty for the driver's default
 * @param password the PostgreSQL password; empty for none
 * @param maxValueBytes the largest value accepted, in bytes
 * @param poolSize how many connections the store keeps open at most
 * @param connectTimeout how long an operation waits for a connection before it fails
 * @param purgeInterval how often expired entries are removed
 * @param dataFolder the data folder, absolute; Derby writes its log there
 */
public record StoreSettings(
        String providerId,
        BackendType type,
        String namespace,
        Path dbPath,
        String url,
        String user,
        String password,
        int maxValueBytes,
        int poolSize,
        Duration connectTimeout,
        Duration purgeInterval,
        Path dataFolder) {

    /** The longest namespace, in characters: the width of the namespace column. */
    public static final int MAX_NAMESPACE_LENGTH = 128;

    /** The largest value limit a store accepts: values are held in memory whole. */
    public static final int MAX_VALUE_LIMIT = 256 * 1024 * 1024;

    /**
     * Starts settings for a store.
     *
     * @param providerId the store's provider id, non-blank
     * @param type the backend, not {@code null}
     */
    public static StoreSettingsBuilder builder(String providerId, BackendType type) {
        return new StoreSettingsBuilder(providerId, type);
    }

    /** Describes where the entries live, for log lines and error messages; never shows a password. */
    public String location() {
        return type == BackendType.KV_DERBY ? "Derby database at " + dbPath : "PostgreSQL at " + redactedUrl();
    }

    String redactedUrl() {
        return redact(url);
    }

    /** Hides the value of a {@code password=} parameter in a JDBC URL. */
    static String redact(String url) {
        return url == null ? null : url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    @Override
    public String toString() {
        return "StoreSettings[" + providerId + ", " + type.id() + ", namespace=" + namespace + ", " + location() + "]";
    }

    /** Checks one setting: the message says what is wrong with the value and what to use. */
    static void check(boolean ok, String providerId, String problem, String fix) {
        if (!ok) {
            throw new IllegalArgumentException("KV store '" + providerId + "': " + problem + "; " + fix);
        }
    }

    static String quote(Object value) {
        return value == null ? "missing" : "'" + Objects.toString(value) + "'";
    }
}
