package dev.strata.kvstore.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store's connections plan by index even where the statistics call for a sequential scan:
 * the table nearly empty when a plan is made and cached, grown since, never analyzed again.
 * Each connection sees its own empty, analyzed temporary {@code strata_kv}, which shadows the
 * shared table, so the planner's choice does not depend on what other runs left in it.
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

    private static Connection plainConnection(RequiredServices.Postgres server) throws SQLException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(server.url());
        source.setUser(server.user());
        return source.getConnection();
    }

    /** The plan of a delete by key against an empty, analyzed temporary table of the store's shape. */
    private static String planOnEmptyShadow(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE strata_kv (ns VARCHAR(200) NOT NULL, k BYTEA NOT NULL,"
                    + " v BYTEA NOT NULL, expires_at BIGINT,"
                    + " CONSTRAINT strata_kv_shadow_pkey PRIMARY KEY (ns, k))");
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
