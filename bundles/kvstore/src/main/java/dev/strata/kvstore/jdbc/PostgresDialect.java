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

    /** Parameters: namespace, then an array of keys. */
    private static final String DELETE_ALL = "DELETE FROM " + Sql.TABLE + " WHERE ns = ? AND k = ANY (?::bytea[])";

    /** The deletes' parameters, then the puts'. */
    private static final String DELETE_AND_UPSERT_ALL = "WITH deleted AS (" + DELETE_ALL + ") " + UPSERT_ALL;

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
     * Writes the whole batch as one statement whatever its size: the puts as one upsert over
     * arrays of keys, values and expiries, the deletes as a data-modifying {@code WITH} of the
     * same statement. A statement is atomic, so in auto-commit it needs no transaction of its
     * own: one round trip, one commit. Both parts see the same snapshot and may not touch a row
     * twice, which holds because {@link BatchWrite} leaves one change per key (and is also why
     * the upsert never meets a key twice, which {@code ON CONFLICT DO UPDATE} refuses).
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
        String sql = puts.isEmpty() ? DELETE_ALL : deletes.isEmpty() ? UPSERT_ALL : DELETE_AND_UPSERT_ALL;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            if (!deletes.isEmpty()) {
                statement.setString(index++, namespace);
                statement.setArray(index++, connection.createArrayOf("bytea", deletes.toArray(new byte[0][])));
            }
            if (!puts.isEmpty()) {
                bindPuts(connection, statement, index, namespace, puts);
            }
            statement.executeUpdate();
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

    @Override
    public boolean writesInOneStatement() {
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
