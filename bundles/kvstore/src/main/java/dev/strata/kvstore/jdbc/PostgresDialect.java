package dev.strata.kvstore.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * PostgreSQL: {@code bytea} keys compare byte by byte whatever the database's collation,
 * {@code INSERT ... ON CONFLICT} upserts in one statement, and DDL is transactional, so an
 * advisory lock lets several processes create the schema at once.
 */
final class PostgresDialect implements Dialect {

    /** Any fixed number: the advisory lock that serializes schema creation across processes. */
    private static final long SCHEMA_LOCK = 0x5354524154414B56L;

    private static final String UPSERT =
            Sql.INSERT + " ON CONFLICT (ns, k) DO UPDATE SET v = EXCLUDED.v, expires_at = EXCLUDED.expires_at";

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

    @Override
    public void upsert(Connection connection, String namespace, List<Row> rows) throws SQLException {
        try (var statement = connection.prepareStatement(UPSERT)) {
            for (Row row : rows) {
                Columns.bindInsert(statement, namespace, row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
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

    /** 40P01 is a detected deadlock. */
    @Override
    public boolean isRetryableState(String sqlState) {
        return sqlState.equals("40P01");
    }
}
