package dev.strata.benchmarks.kvstore;

import dev.strata.kvstore.jdbc.BackendType;
import dev.strata.kvstore.jdbc.StoreSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Where the benchmarks run: a fresh Derby database in a folder, or the PostgreSQL of the environment. */
final class Backends {

    static final String POSTGRES_URL = env("STRATA_BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String POSTGRES_USER = env("STRATA_BENCH_POSTGRES_USER", "postgres");

    private Backends() {}

    static StoreSettings settings(String type, Path folder, String namespace) {
        BackendType backend = BackendType.of(type, "bench");
        var settings =
                StoreSettings.builder("bench", backend).namespace(namespace).maxValueBytes(1 << 20);
        if (backend == BackendType.KV_DERBY) {
            return settings.dataFolder(folder).dbPath("kv").build();
        }
        return settings.url(POSTGRES_URL).user(POSTGRES_USER).build();
    }

    /** A plain data source on the same database, for the raw JDBC peer. */
    static DataSource raw(String type, Path folder) {
        if (type.equals("kv_derby")) {
            EmbeddedDataSource source = new EmbeddedDataSource();
            source.setDatabaseName(folder.resolve("kv").toString());
            return source;
        }
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(POSTGRES_URL);
        source.setUser(POSTGRES_USER);
        return source;
    }

    static void execute(DataSource source, String sql) throws SQLException {
        try (Connection connection = source.getConnection()) {
            connection.createStatement().execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
