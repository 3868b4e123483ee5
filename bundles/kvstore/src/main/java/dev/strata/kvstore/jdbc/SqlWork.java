package dev.strata.kvstore.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on one connection; {@link Transactions} decides about commit, retry and errors. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
