package dev.strata.benchmarks.scheduler;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL both schedulers share: the server of the environment, by default the local
 * one's database {@code test} as user {@code postgres}, and a pool of the same size for each.
 */
final class Postgres {

    static final String URL = env("STRATA_BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = env("STRATA_BENCH_POSTGRES_USER", "postgres");

    /**
     * Connections each scheduler may hold: one per job running at once, one for its poller or
     * committer, one for a client scheduling jobs. Both get the same.
     */
    static final int POOL_SIZE = Contender.MAX_CONCURRENT_JOBS + 2;

    private Postgres() {}

    /** A plain, unpooled source, for setting tables up and cleaning them away. */
    static DataSource plain() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(URL);
        source.setUser(USER);
        return source;
    }

    /** A HikariCP pool of {@link #POOL_SIZE}, the same pool the Strata KV store keeps. */
    static HikariDataSource pool(String name) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setDataSource(plain());
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }

    /**
     * Writes the server's dirty pages out now. A round that begins right after a checkpoint
     * neither pays for one its predecessor made due (their writes and the full-page images in
     * the WAL after each are most of a round-to-round spread here) nor leaves one to the next.
     */
    static void checkpoint() {
        execute("CHECKPOINT");
    }

    /** Runs statements in auto-commit, one after the other. */
    static void execute(String... statements) {
        try (Connection connection = plain().getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL at " + URL + " as " + USER + " refused: " + e.getMessage()
                            + "; set STRATA_BENCH_POSTGRES_URL and STRATA_BENCH_POSTGRES_USER to a server that accepts them",
                    e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
