package dev.strata.kvstore.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Apache Derby: keys in {@code VARCHAR FOR BIT DATA}, compared unsigned byte by byte (see
 * {@link KeyCodec} for its padding rule), values in a {@code BLOB}. Derby has no single-statement
 * upsert that is safe under concurrent inserts, so an upsert updates, inserts when nothing was
 * there, and updates again when the insert lost a race to another transaction (a failed
 * statement rolls back only itself in Derby, never the transaction).
 */
final class DerbyDialect implements Dialect {

    /** Encoded keys: two bytes a code unit plus the terminator, for keys up to the key limit. */
    private static final int KEY_COLUMN_BYTES = Keys.MAX_KEY_LENGTH * 2 + 2;

    private static final String SET_PROPERTY = "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(";

    private static final int DEADLOCK_TIMEOUT_SECONDS = 2;

    /** Another thread of this process created the table first. */
    private static final String TABLE_EXISTS = "X0Y32";

    private static final String CLOSED_BY_INTERRUPT = "08000";

    /** Rounds of update-or-insert before giving up on a key that keeps being deleted and re-added. */
    private static final int UPSERT_ROUNDS = 10;

    @Override
    public String product() {
        return "Derby";
    }

    @Override
    public void createSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // Derby looks for deadlocks only after a lock wait this long (default 20 s)
            statement.execute(SET_PROPERTY + "'derby.locks.deadlockTimeout', '" + DEADLOCK_TIMEOUT_SECONDS + "')");
        }
        if (tableExists(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            // Index entries must fit a page twice over; 4 KiB pages cannot hold the longest keys
            statement.execute(SET_PROPERTY + "'derby.storage.pageSize', '32768')");
            statement.execute("CREATE TABLE " + Sql.TABLE + " (ns VARCHAR(" + StoreSettings.MAX_NAMESPACE_LENGTH
                    + ") NOT NULL, k VARCHAR(" + KEY_COLUMN_BYTES + ") FOR BIT DATA NOT NULL,"
                    + " v BLOB NOT NULL, expires_at BIGINT, PRIMARY KEY (ns, k))");
            statement.execute("CREATE INDEX " + Sql.TABLE + "_expiry ON " + Sql.TABLE + " (ns, expires_at)");
            statement.execute(SET_PROPERTY + "'derby.storage.pageSize', NULL)");
        } catch (SQLException failure) {
            if (!TABLE_EXISTS.equals(failure.getSQLState())) {
                throw failure;
            }
        }
    }

    private static boolean tableExists(Connection connection) throws SQLException {
        try (var tables = connection.getMetaData().getTables(null, null, Sql.TABLE.toUpperCase(), null)) {
            return tables.next();
        }
    }

    /**
     * Applies the rows in key order, the order Derby's range reads lock rows in, so a batch and
     * a scan never wait for each other in a cycle: consecutive deletes go as one JDBC batch,
     * each put as an update or insert.
     */
    @Override
    public void write(Connection connection, String namespace, List<Row> rows) throws SQLException {
        try (var update = connection.prepareStatement(Sql.UPDATE);
                var insert = connection.prepareStatement(Sql.INSERT);
                var delete = connection.prepareStatement(Sql.DELETE)) {
            int pendingDeletes = 0;
            for (Row row : rows) {
                if (row.value() == null) {
                    delete.setString(1, namespace);
                    delete.setBytes(2, row.key());
                    delete.addBatch();
                    pendingDeletes++;
                    continue;
                }
                if (pendingDeletes > 0) {
                    delete.executeBatch();
                    pendingDeletes = 0;
                }
                upsert(update, insert, namespace, row);
            }
            if (pendingDeletes > 0) {
                delete.executeBatch();
            }
        }
    }

    /** Derby needs an update, an insert and a commit for even one key. */
    @Override
    public boolean writesInOneStatement(List<Row> rows) {
        return false;
    }

    private static void upsert(PreparedStatement update, PreparedStatement insert, String namespace, Row row)
            throws SQLException {
        update.setBytes(1, row.value());
        Columns.setExpiry(update, 2, row.expiresAt());
        update.setString(3, namespace);
        update.setBytes(4, row.key());
        Columns.bindInsert(insert, namespace, row);
        for (int round = 1; ; round++) {
            if (update.executeUpdate() == 1) {
                return;
            }
            try {
                insert.executeUpdate();
                return;
            } catch (SQLException lostRace) {
                if (!"23505".equals(lostRace.getSQLState()) || round == UPSERT_ROUNDS) {
                    throw lostRace;
                }
            }
        }
    }

    /** The statement-level RS isolation holds the update lock until the transaction ends. */
    @Override
    public String selectRowForUpdate() {
        return Sql.SELECT_ROW + " FOR UPDATE WITH RS";
    }

    /**
     * Derby reads no snapshots: under read committed a scan can pass a row before a batch
     * changes it and reach the next after the batch committed. Serializable (Derby's RR) holds
     * range locks until the statement ends, so a batch waits for the scan or the scan for it.
     */
    @Override
    public String rangeIsolation() {
        return " WITH RR";
    }

    /**
     * 40XL1 and 40XL2: a lock wait timed out (Derby reports deadlocks as 40001); 08000: an
     * interrupt closed the connection and rolled its work back, which another connection can
     * run again.
     */
    @Override
    public boolean isRetryableState(String sqlState) {
        return sqlState.equals("40XL1") || sqlState.equals("40XL2") || sqlState.equals(CLOSED_BY_INTERRUPT);
    }
}
