package dev.strata.kvstore.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store's statements keep their index plans where the statistics are older than the table:
 * the table nearly empty, or the namespace absent, when it was last analyzed, grown since. Each
 * connection sees its own temporary {@code strata_kv}, which shadows the shared table, so the
 * planner's choice does not depend on what other runs left in it.
 */
class PostgresPlansTest {

    private static final String DELETE_BY_KEY =
            "EXPLAIN DELETE FROM strata_kv WHERE ns = 'plans' AND k = ANY (ARRAY['\\x01'::bytea])";

    @Test
    void aStoreConnectionDeletesByKeyThroughThePrimaryKeyOnATableTheStatisticsCallEmpty() throws SQLException {
        RequiredServices.Postgres server = RequiredServices.postgres();
        StoreSettings settings = StoreSettings.builder("plans", BackendType.KV_POSTGRES)
                .url(server.url())
                .user(server.user())
                .namespace("plans")
                .build();

        String unconfigured;
        try (Connection plain = plainConnection(server)) {
            unconfigured = planOnEmptyShadow(plain);
        }
        String store;
        try (Backend backend = Backends.open(settings);
                Connection pooled = backend.connection()) {
            store = planOnEmptyShadow(pooled);
        }

        assertTrue(
                unconfigured.contains("Seq Scan"), "premise: a default session scans an empty table\n" + unconfigured);
        assertTrue(store.contains("strata_kv_shadow_pkey") && !store.contains("Seq Scan"), store);
    }

    /**
     * Statistics that have never seen the namespace make the planner expect one row in it, and
     * it then prefers scanning the namespace and filtering by key to looking each key up.
     */
    @Test
    void deletingKeysReadsOnlyThoseKeysWhereTheStatisticsHaveNotSeenTheNamespace() throws SQLException {
        long oneStatementForAll = rowsFetchedToDeleteThreeKeys(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM pg_temp.strata_kv WHERE ns = 'plans'"
                        + " AND k = ANY (ARRAY['k/1'::bytea, 'k/2'::bytea, 'k/3'::bytea])");
            }
        });
        long dialect = rowsFetchedToDeleteThreeKeys(connection ->
                new PostgresDialect().write(connection, "plans", List.of(delete("k/1"), delete("k/2"), delete("k/3"))));

        assertTrue(oneStatementForAll >= 5000, "premise: one statement for all keys scans the namespace");
        assertEquals(3, dialect, "rows read to delete 3 keys");
    }

    /**
     * On a new session (whose table counters start at zero), the heap rows that index scans
     * fetched while {@code deletion} deleted keys k/1 to k/3 of namespace {@code plans}, which
     * holds 5,000 rows the statistics have not seen. Rolled back.
     */
    private static long rowsFetchedToDeleteThreeKeys(Deletion deletion) throws SQLException {
        try (Connection connection = plainConnection(RequiredServices.postgres());
                Statement statement = connection.createStatement()) {
            statement.execute("SET enable_seqscan = off");
            createShadow(statement);
            try {
                statement.execute("INSERT INTO pg_temp.strata_kv SELECT 'other', ('k/' || g)::bytea, 'v', NULL"
                        + " FROM generate_series(1, 1000) g");
                statement.execute("ANALYZE pg_temp.strata_kv");
                statement.execute("INSERT INTO pg_temp.strata_kv SELECT 'plans', ('k/' || g)::bytea, 'v', NULL"
                        + " FROM generate_series(1, 5000) g");
                connection.setAutoCommit(false);
                deletion.run(connection);
                long fetched = count(
                        statement,
                        "SELECT idx_tup_fetch FROM pg_stat_xact_all_tables"
                                + " WHERE relid = 'pg_temp.strata_kv'::regclass");
                assertEquals(4997, count(statement, "SELECT count(*) FROM pg_temp.strata_kv WHERE ns = 'plans'"));
                connection.rollback();
                return fetched;
            } finally {
                connection.setAutoCommit(true);
                statement.execute("DROP TABLE pg_temp.strata_kv");
            }
        }
    }

    private interface Deletion {
        void run(Connection connection) throws SQLException;
    }

    private static Row delete(String key) {
        return new Row(key.getBytes(StandardCharsets.UTF_8), null, null);
    }

    private static long count(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void createShadow(Statement statement) throws SQLException {
        statement.execute("CREATE TEMPORARY TABLE strata_kv (ns VARCHAR(200) NOT NULL, k BYTEA NOT NULL,"
                + " v BYTEA NOT NULL, expires_at BIGINT,"
                + " CONSTRAINT strata_kv_shadow_pkey PRIMARY KEY (ns, k))");
    }

    private static Connection plainConnection(RequiredServices.Postgres server) throws SQLException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(server.url());
        source.setUser(server.user());
        return source.getConnection();
    }

    /** The plan of a delete by key against an empty, analyzed temporary table of the store's shape. */
    private static String planOnEmptyShadow(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            createShadow(statement);
            try {
                statement.execute("ANALYZE pg_temp.strata_kv");
                StringBuilder plan = new StringBuilder();
                try (ResultSet rows = statement.executeQuery(DELETE_BY_KEY)) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            } finally {
                statement.execute("DROP TABLE pg_temp.strata_kv");
            }
        }
    }
}
