package dev.strata.kvstore.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A pool of connections to one database, with the dialect to speak to it. HikariCP keeps the
 * pool: it validates a connection before handing it out after idle time and replaces broken
 * ones, so a store works again by itself once its database is back.
 */
final class Backend implements AutoCloseable {

    private final HikariDataSource pool;
    private final Dialect dialect;
    private final Runnable afterClose;

    private Backend(HikariDataSource pool, Dialect dialect, Runnable afterClose) {
        this.pool = pool;
        this.dialect = dialect;
        this.afterClose = afterClose;
    }

    /**
     * Starts a pool over {@code source} without connecting yet: a database that is down now
     * fails operations, not the start.
     */
    static Backend pooled(StoreSettings settings, DataSource source, Dialect dialect, Runnable afterClose) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("strata-kv-" + settings.providerId());
        config.setDataSource(source);
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(1);
        config.setConnectionTimeout(settings.connectTimeout().toMillis());
        config.setInitializationFailTimeout(-1);
        config.setAutoCommit(true);
        if (dialect.sessionSetup() != null) {
            config.setConnectionInitSql(dialect.sessionSetup());
        }
        return new Backend(new HikariDataSource(config), dialect, afterClose);
    }

    Dialect dialect() {
        return dialect;
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * Drops the idle connections after one failed on the network: they most likely point at
     * the same lost server, and the next operation should open a fresh one instead.
     */
    void connectionLost() {
        pool.getHikariPoolMXBean().softEvictConnections();
    }

    @Override
    public void close() {
        try {
            pool.close();
        } finally {
            afterClose.run();
        }
    }
}
