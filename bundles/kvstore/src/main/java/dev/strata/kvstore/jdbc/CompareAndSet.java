package dev.strata.kvstore.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * One compare-and-set, inside the caller's transaction: lock the key's row, compare its live
 * value, then update, insert or delete. The row lock orders concurrent callers on a present
 * key; on an absent key two callers may both insert, the loser fails with a unique violation
 * and {@link Transactions} runs it again, when it sees the winner's value.
 */
final class CompareAndSet {

    private final Dialect dialect;
    private final String namespace;
    private final byte[] key;

    CompareAndSet(Dialect dialect, String namespace, byte[] key) {
        this.dialect = dialect;
        this.namespace = namespace;
        this.key = key;
    }

    /**
     * @param expected the live value the key must hold; {@code null} for absent or expired
     * @param newValue the value to set with no expiry; {@code null} to delete
     * @return whether the key held {@code expected}
     */
    boolean run(Connection connection, byte[] expected, byte[] newValue, long now) throws SQLException {
        Current current = lock(connection, now);
        if (!Arrays.equals(current.liveValue(), expected)) {
            return false;
        }
        if (newValue == null) {
            if (current.rowExists()) {
                delete(connection);
            }
        } else if (current.rowExists()) {
            update(connection, newValue);
        } else {
            insert(connection, newValue);
        }
        return true;
    }

    /** What the key's row holds: it may exist yet be expired, which reads as absent. */
    private record Current(boolean rowExists, byte[] liveValue) {}

    private Current lock(Connection connection, long now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(dialect.selectRowForUpdate())) {
            statement.setString(1, namespace);
            statement.setBytes(2, key);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return new Current(false, null);
                }
                byte[] value = rows.getBytes(1);
                Long expiresAt = Columns.expiry(rows, 2);
                boolean live = expiresAt == null || expiresAt > now;
                return new Current(true, live ? value : null);
            }
        }
    }

    private void update(Connection connection, byte[] newValue) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.UPDATE)) {
            statement.setBytes(1, newValue);
            Columns.setExpiry(statement, 2, null);
            statement.setString(3, namespace);
            statement.setBytes(4, key);
            statement.executeUpdate();
        }
    }

    private void insert(Connection connection, byte[] newValue) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.INSERT)) {
            Columns.bindInsert(statement, namespace, new Row(key, newValue, null));
            statement.executeUpdate();
        }
    }

    private void delete(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.DELETE)) {
            statement.setString(1, namespace);
            statement.setBytes(2, key);
            statement.executeUpdate();
        }
    }
}
