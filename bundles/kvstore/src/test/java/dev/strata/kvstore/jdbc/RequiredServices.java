package dev.strata.kvstore.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The rule for tests that need a server (ARCHITECTURE.md §6): when the server cannot be reached
 * the test is skipped with the reason, unless {@code STRATA_REQUIRE_SERVICES=true} (CI), where
 * its absence fails the test. The PostgreSQL used is {@code STRATA_TEST_POSTGRES_URL} and
 * {@code STRATA_TEST_POSTGRES_USER}, by default the local server's database {@code test} as
 * user {@code postgres}.
 */
final class RequiredServices {

    static final String REQUIRE = "STRATA_REQUIRE_SERVICES";

    private RequiredServices() {}

    /** A reachable PostgreSQL to test against. */
    record Postgres(String url, String user) {}

    private static final String URL = env("STRATA_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = env("STRATA_TEST_POSTGRES_USER", "postgres");

    /** Why the test PostgreSQL cannot be used, or {@code null}; asked once per test run. */
    private static final class PostgresProblem {
        static final String VALUE = reach(URL, USER);
    }

    /** Returns the test PostgreSQL, or skips (or fails, see above) the calling test. */
    static Postgres postgres() {
        if (PostgresProblem.VALUE != null) {
            unavailable(
                    "PostgreSQL at " + URL + " as user " + USER + " is not reachable (" + PostgresProblem.VALUE + ")");
        }
        return new Postgres(URL, USER);
    }

    /** Skips or fails the calling test because a service it needs is missing. */
    static void unavailable(String why) {
        if (Boolean.parseBoolean(System.getenv(REQUIRE))) {
            fail(why + "; " + REQUIRE + "=true makes this a failure: start the service");
        }
        Assumptions.abort(why + "; start it to run this test, or set " + REQUIRE + "=true to fail instead");
    }

    private static String reach(String url, String user) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        source.setUser(user);
        source.setConnectTimeout(2);
        try (Connection connection = source.getConnection()) {
            return null;
        } catch (SQLException failure) {
            return failure.getMessage();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
