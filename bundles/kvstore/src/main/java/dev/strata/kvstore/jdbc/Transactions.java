package dev.strata.kvstore.jdbc;

import dev.strata.api.kvstore.KVStoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a store's work on a pooled connection: reads in auto-commit, writes in one transaction
 * each, both run again when the database aborted them for a retryable reason (deadlock, lost
 * insert race). Every failure leaves as a {@link KVStoreException}; the schema is created on first use,
 * so a store whose database is down at start works as soon as the database is up.
 */
final class Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    /** Attempts of an operation the database keeps aborting before the failure is reported. */
    static final int ATTEMPTS = 20;

    private final StoreSettings settings;
    private final Backend backend;
    private volatile boolean schemaReady;

    Transactions(StoreSettings settings, Backend backend) {
        this.settings = settings;
        this.backend = backend;
    }

    /** Runs a read; {@code action} names it for an error message, for example "read key 'a'". */
    <T> T read(Supplier<String> action, SqlWork<T> work) {
        return withRetries(action, work);
    }

    /** Runs {@code work} in one transaction and commits it; all of it applies or none. */
    <T> T write(Supplier<String> action, SqlWork<T> work) {
        return withRetries(action, connection -> {
            connection.setAutoCommit(false);
            T result = runOrRollBack(connection, work);
            commit(connection, action);
            return result;
        });
    }

    /**
     * Runs {@code work}, which issues exactly one statement, in auto-commit: the database commits
     * the statement as it completes, so it applies whole or not at all, and is durable when it
     * returns. A connection lost while it ran leaves the outcome unknown, as a failed commit
     * does, and the message says so.
     */
    <T> T writeOneStatement(Supplier<String> action, SqlWork<T> work) {
        return withRetries(action, work, true);
    }

    private <T> T withRetries(Supplier<String> action, SqlWork<T> once) {
        return withRetries(action, once, false);
    }

    /**
     * Runs {@code once} on a fresh connection until it succeeds or fails for a reason not worth a
     * retry; {@code commits} says whether a statement of {@code once} commits by itself.
     *
     * <p>An interrupt of the calling thread is held back while the work runs and set again when
     * it returns, for the caller's next blocking call: embedded Derby closes a connection whose
     * thread enters a JDBC call interrupted (08000, its work rolled back), so a job thread that a
     * cancel had interrupted could not even record its end. An interrupt that arrives during an
     * attempt can still cost Derby that attempt's connection; the attempt then runs again.
     */
    private <T> T withRetries(Supplier<String> action, SqlWork<T> once, boolean commits) {
        boolean interrupted = Thread.interrupted();
        try {
            for (int attempt = 1; ; attempt++) {
                boolean sent = false;
                try (Connection connection = connect()) {
                    sent = true;
                    return once.run(connection);
                } catch (SQLException failure) {
                    interrupted |= Thread.interrupted();
                    if (attempt == ATTEMPTS || !backend.dialect().isRetryable(failure)) {
                        if (commits && sent && SqlFailures.isConnectionFailure(failure)) {
                            backend.connectionLost();
                            throw SqlFailures.ofCommit(settings, action.get(), failure);
                        }
                        throw failed(action.get(), failure);
                    }
                    LOG.debug(
                            "KV store '{}': {} aborted ({}), attempt {}",
                            settings.providerId(),
                            action.get(),
                            failure.getSQLState(),
                            attempt);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Creates the schema now rather than at the first operation. */
    void prepareSchema() throws SQLException {
        connect().close();
    }

    private Connection connect() throws SQLException {
        Connection connection = backend.connection();
        if (!schemaReady) {
            try {
                createSchema(connection);
            } catch (SQLException failure) {
                connection.close();
                throw failure;
            }
        }
        return connection;
    }

    private void createSchema(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        runOrRollBack(connection, c -> {
            backend.dialect().createSchema(c);
            return null;
        });
        connection.commit();
        connection.setAutoCommit(true);
        schemaReady = true;
    }

    private static <T> T runOrRollBack(Connection connection, SqlWork<T> work) throws SQLException {
        try {
            return work.run(connection);
        } catch (SQLException | RuntimeException failure) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailed) {
                failure.addSuppressed(rollbackFailed);
            }
            throw failure;
        }
    }

    private void commit(Connection connection, Supplier<String> action) {
        try {
            connection.commit();
        } catch (SQLException failure) {
            lostConnectionCheck(failure);
            throw SqlFailures.ofCommit(settings, action.get(), failure);
        }
    }

    private KVStoreException failed(String action, SQLException failure) {
        lostConnectionCheck(failure);
        return SqlFailures.of(settings, action, failure);
    }

    private void lostConnectionCheck(SQLException failure) {
        if (SqlFailures.isConnectionFailure(failure)) {
            backend.connectionLost();
        }
    }
}
