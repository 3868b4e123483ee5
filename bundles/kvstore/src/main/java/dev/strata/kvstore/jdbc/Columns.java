package dev.strata.kvstore.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Binds and reads the nullable expiry column, the one column JDBC makes awkward. */
final class Columns {

    private Columns() {}

    static void setExpiry(PreparedStatement statement, int index, Long expiresAt) throws SQLException {
        if (expiresAt == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, expiresAt);
        }
    }

    static Long expiry(ResultSet rows, int index) throws SQLException {
        long value = rows.getLong(index);
        return rows.wasNull() ? null : value;
    }

    /** Binds an upsert's row in {@link Sql#INSERT} order: namespace, key, value, expiry. */
    static void bindInsert(PreparedStatement statement, String namespace, Row row) throws SQLException {
        statement.setString(1, namespace);
        statement.setBytes(2, row.key());
        statement.setBytes(3, row.value());
        setExpiry(statement, 4, row.expiresAt());
    }
}
