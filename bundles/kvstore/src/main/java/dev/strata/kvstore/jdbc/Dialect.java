package dev.strata.kvstore.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** What differs between the databases: schema, batch writes, row locks and which failures to retry. */
interface Dialect {

    /** The database's name for messages, for example {@code PostgreSQL}. */
    String product();

    /** Creates the table and its indexes unless they exist; safe to run from several processes. */
    void createSchema(Connection connection) throws SQLException;

    /**
     * Creates, replaces or deletes rows of a namespace. The rows come from {@link BatchWrite}: one
     * per key, sorted by key, a row without a value a delete; so they may apply in any order.
     * Runs inside the caller's transaction, or, if {@link #writesInOneStatement}, as the one
     * statement of an auto-commit connection.
     */
    void write(Connection connection, String namespace, List<Row> rows) throws SQLException;

    /**
     * Whether {@link #write} issues exactly one statement for these rows, which is atomic on its
     * own: the store then runs it in auto-commit, one round trip instead of a statement and a
     * commit.
     */
    boolean writesInOneStatement(List<Row> rows);

    /** {@link Sql#SELECT_ROW} with the clause that locks the row until the transaction ends. */
    String selectRowForUpdate();

    /**
     * What a range read appends so that it never sees part of a batch written meanwhile: nothing
     * where each statement reads a snapshot (PostgreSQL), serializable isolation where it does not.
     */
    String rangeIsolation();

    /**
     * Whether a transaction that failed this way may simply run again: a deadlock, a
     * serialization failure, a lock wait that timed out, or an insert that lost a race.
     */
    default boolean isRetryable(SQLException failure) {
        String state = failure.getSQLState();
        return state != null && (state.equals("40001") || state.equals("23505") || isRetryableState(state));
    }

    /** The database's own retryable states, beyond the standard ones. */
    boolean isRetryableState(String sqlState);

    /** A statement each new pooled connection runs once before first use, or {@code null} for none. */
    default String sessionSetup() {
        return null;
    }
}
