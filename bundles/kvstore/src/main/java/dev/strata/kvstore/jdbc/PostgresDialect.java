package dev.strata.kvstore.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL: {@code bytea} keys compare byte by byte whatever the database's collation,
 * {@code INSERT ... ON CONFLICT} upserts a whole batch in one statement, and DDL is transactional, so an
 * advisory lock lets several processes create the schema at once.
 */
final class PostgresDialect implements Dialect {

    /** Any fixed number: the advisory lock that serializes schema creation across processes. */
    private static final long SCHEMA_LOCK = 0x5354524154414B56L;

    /** Parameters: namespace, then arrays of keys, values and expiries (null for never). */
    private static final String UPSERT_ALL = "INSERT INTO " + Sql.TABLE + " (ns, k, v, expires_at)"
            + " SELECT ?, r.k, r.v, r.e FROM unnest(?::bytea[], ?::bytea[], ?::int8[]) AS r (k, v, e)"
            + " ON CONFLICT (ns, k) DO UPDATE SET v = EXCLUDED.v, expires_at = EXCLUDED.expires_at";

    /**
     * Keeps every plan on an index. Each statement of the store reads or writes by key, key range
     * or expiry, which an index always serves. But the planner costs by the table statistics
     * it has, and a connection keeps the generic plan of a prepared statement: a plan made
     * while the table was nearly empty (a sequential scan) is kept after the table has grown
     * wherever nothing analyzes it again (autovacuum off, or behind a burst of jobs). Such plans
     * made the scheduler on PostgreSQL four times slower, scanning the whole table for every
     * delete of a queue entry. With sequential scans off, an index path always wins.
     */
    private static final String SESSION_SETUP = "SET enable_seqscan = off";

    @Override
    public String product() {
        return "PostgreSQL";
    }

    @Override
    public void createSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
            statement.execute("CREATE TABLE IF NOT EXISTS " + Sql.TABLE + " (ns VARCHAR("
                    + StoreSettings.MAX_NAMESPACE_LENGTH + ") NOT NULL, k BYTEA NOT NULL,"
                    + " v BYTEA NOT NULL, expires_at BIGINT, PRIMARY KEY (ns, k))");
            statement.execute("CREATE INDEX IF NOT EXISTS " + Sql.TABLE + "_expiry ON " + Sql.TABLE
                    + " (ns, expires_at) WHERE expires_at IS NOT NULL");
        }
    }

    /**
     * Writes the puts as one upsert over arrays of keys, values and expiries, which in auto-commit
     * is one round trip and one commit ({@link #writesInOneStatement}): the upsert never meets a
     * key twice, which {@code ON CONFLICT DO UPDATE} refuses, because {@link BatchWrite} leaves
     * one change per key.
     *
     * <p>Deletes go one key per statement, all in one JDBC batch (one round trip), inside the
     * caller's transaction. One statement for all of them ({@code k = ANY (?)}) leaves the
     * planner a choice, and with statistics older than the table (autovacuum behind a burst of
     * writes, or off) its generic plan scans the whole namespace for every delete and filters
     * by key: the scheduler on PostgreSQL ran up to five times slower in such rounds. A statement on
     * the whole primary key has one plan whatever the statistics say.
     */
    @Override
    public void write(Connection connection, String namespace, List<Row> rows) throws SQLException {
        List<Row> puts = new ArrayList<>(rows.size());
        List<byte[]> deletes = new ArrayList<>();
        for (Row row : rows) {
            if (row.value() == null) {
                deletes.add(row.key());
            } else {
                puts.add(row);
            }
        }
        if (!deletes.isEmpty()) {
            deleteEach(connection, namespace, deletes);
        }
        if (!puts.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement(UPSERT_ALL)) {
                bindPuts(connection, statement, 1, namespace, puts);
                statement.executeUpdate();
            }
        }
    }

    private static void deleteEach(Connection connection, String namespace, List<byte[]> keys) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.DELETE)) {
            for (byte[] key : keys) {
                statement.setString(1, namespace);
                statement.setBytes(2, key);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void bindPuts(
            Connection connection, PreparedStatement statement, int index, String namespace, List<Row> puts)
            throws SQLException {
        byte[][] keys = new byte[puts.size()][];
        byte[][] values = new byte[puts.size()][];
        Long[] expiries = new Long[puts.size()];
        for (int i = 0; i < puts.size(); i++) {
            Row row = puts.get(i);
            keys[i] = row.key();
            values[i] = row.value();
            expiries[i] = row.expiresAt();
        }
        statement.setString(index, namespace);
        statement.setArray(index + 1, connection.createArrayOf("bytea", keys));
        statement.setArray(index + 2, connection.createArrayOf("bytea", values));
        statement.setArray(index + 3, connection.createArrayOf("int8", expiries));
    }

    /** Puts alone are one upsert; any delete adds statements of its own. */
    @Override
    public boolean writesInOneStatement(List<Row> rows) {
        for (Row row : rows) {
            if (row.value() == null) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String selectRowForUpdate() {
        return Sql.SELECT_ROW + " FOR UPDATE";
    }

    /** Every PostgreSQL statement reads one snapshot of committed data. */
    @Override
    public String rangeIsolation() {
        return "";
    }

    @Override
    public String sessionSetup() {
        return SESSION_SETUP;
    }

    /** 40P01 is a detected deadlock. */
    @Override
    public boolean isRetryableState(String sqlState) {
        return sqlState.equals("40P01");
    }
}
