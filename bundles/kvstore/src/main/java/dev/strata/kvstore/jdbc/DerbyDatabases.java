package dev.strata.kvstore.jdbc;

import dev.strata.api.kvstore.KVStoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Derby databases this process has booted, shared by every store that names the same
 * folder (stores of different namespaces may share one database). The last store to let go
 * shuts the database down cleanly, so the next start needs no recovery.
 *
 * <p>One lock guards the table of open databases; booting and shutting down happen under it so
 * that a boot never races the shutdown of the same folder. Derby calls back into no Strata code.
 */
final class DerbyDatabases {

    private static final Logger LOG = LoggerFactory.getLogger(DerbyDatabases.class);

    private static final Map<Path, Integer> USERS = new HashMap<>();

    private DerbyDatabases() {}

    /** A store's hold on an open database. */
    interface Handle {
        DataSource dataSource();

        /** Lets go of the database; the last release shuts it down. Runs once, later calls do nothing. */
        void release();
    }

    /**
     * Boots (creating it if needed) the database of {@code settings} or joins it if already open.
     *
     * @throws KVStoreException if Derby cannot open it, with the reason and what to do
     */
    static Handle acquire(StoreSettings settings) {
        Path folder = settings.dbPath();
        synchronized (USERS) {
            if (!USERS.containsKey(folder)) {
                boot(settings);
            }
            USERS.merge(folder, 1, Integer::sum);
        }
        EmbeddedDataSource source = source(folder);
        return new Handle() {
            private boolean released;

            @Override
            public DataSource dataSource() {
                return source;
            }

            @Override
            public synchronized void release() {
                if (!released) {
                    released = true;
                    DerbyDatabases.release(folder);
                }
            }
        };
    }

    private static void release(Path folder) {
        synchronized (USERS) {
            if (USERS.merge(folder, -1, Integer::sum) == 0) {
                USERS.remove(folder);
                shutDown(folder);
                if (USERS.isEmpty()) {
                    shutDownEngine();
                }
            }
        }
    }

    private static void boot(StoreSettings settings) {
        DerbyLog.prepare(settings.dataFolder());
        EmbeddedDataSource creating = source(settings.dbPath());
        creating.setCreateDatabase("create");
        try {
            Files.createDirectories(settings.dbPath().getParent());
            try (Connection booted = creating.getConnection()) {
                LOG.info("Opened the Derby database at {} for KV store '{}'", settings.dbPath(), settings.providerId());
            }
        } catch (SQLException | IOException failure) {
            throw DerbyFailures.openFailed(settings, failure);
        }
    }

    /** Derby answers a clean shutdown with an exception: 08006 for a database, XJ015 for the engine. */
    private static void shutDown(Path folder) {
        EmbeddedDataSource closing = source(folder);
        closing.setShutdownDatabase("shutdown");
        try (Connection unexpected = closing.getConnection()) {
            LOG.warn("The Derby database at {} did not confirm its shutdown; it recovers at the next start", folder);
        } catch (SQLException answer) {
            if (DerbyFailures.isCleanShutdown(answer)) {
                LOG.info("Shut down the Derby database at {}", folder);
            } else {
                LOG.warn("The Derby database at {} failed to shut down; it recovers at the next start", folder, answer);
            }
        }
    }

    /**
     * Stops Derby's own threads once no database is open, so that stopping or refreshing this
     * bundle leaves nothing of Derby behind; the next database to open boots it again.
     */
    private static void shutDownEngine() {
        EmbeddedDataSource engine = new EmbeddedDataSource();
        engine.setShutdownDatabase("shutdown");
        try (Connection unexpected = engine.getConnection()) {
            LOG.warn("The Derby engine did not confirm its shutdown");
        } catch (SQLException answer) {
            if (!DerbyFailures.isCleanShutdown(answer)) {
                LOG.warn("The Derby engine failed to shut down; its threads stay until the process ends", answer);
            }
        }
    }

    private static EmbeddedDataSource source(Path folder) {
        EmbeddedDataSource source = new EmbeddedDataSource();
        source.setDatabaseName(folder.toString());
        return source;
    }
}
