package dev.strata.kvstore.jdbc;

import org.postgresql.ds.PGSimpleDataSource;

/** Opens the backend a store's settings name. */
final class Backends {

    private Backends() {}

    static Backend open(StoreSettings settings) {
        return switch (settings.type()) {
            case KV_DERBY -> derby(settings);
            case KV_POSTGRES -> postgres(settings);
        };
    }

    private static Backend derby(StoreSettings settings) {
        DerbyDatabases.Handle database = DerbyDatabases.acquire(settings);
        try {
            return Backend.pooled(settings, database.dataSource(), new DerbyDialect(), database::release);
        } catch (RuntimeException poolFailed) {
            database.release();
            throw poolFailed;
        }
    }

    private static Backend postgres(StoreSettings settings) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        try {
            source.setURL(settings.url());
        } catch (IllegalArgumentException unparsable) {
            throw new IllegalArgumentException(
                    "KV store '" + settings.providerId() + "': url '"
                            + settings.redactedUrl() + "' is not a valid PostgreSQL JDBC URL ("
                            + unparsable.getMessage()
                            + "); use the form jdbc:postgresql://HOST:PORT/DATABASE",
                    unparsable);
        }
        if (!settings.user().isEmpty()) {
            source.setUser(settings.user());
        }
        if (!settings.password().isEmpty()) {
            source.setPassword(settings.password());
        }
        int seconds = (int) Math.max(1, settings.connectTimeout().toSeconds());
        source.setConnectTimeout(seconds);
        source.setLoginTimeout(seconds);
        source.setTcpKeepAlive(true);
        source.setApplicationName("strata-kv-" + settings.providerId());
        return Backend.pooled(settings, source, new PostgresDialect(), () -> {});
    }
}
