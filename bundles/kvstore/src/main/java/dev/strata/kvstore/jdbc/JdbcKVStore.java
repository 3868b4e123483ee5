package dev.strata.kvstore.jdbc;

import dev.strata.api.kvstore.KVEntry;
import dev.strata.api.kvstore.KVStore;
import dev.strata.api.kvstore.KVStoreException;
import dev.strata.api.kvstore.KVWrite;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A {@link KVStore} on one JDBC database, serving one namespace. Plain Java: the OSGi component
 * and the tests create it the same way, through {@link #open}.
 *
 * <p>Expiry instants are kept to the millisecond, rounded down. Whether a key has expired is
 * decided by the injected clock, never the database's, so processes that share a database
 * should keep their clocks in step.
 */
public final class JdbcKVStore implements KVStore, AutoCloseable {

    private final StoreSettings settings;
    private final Backend backend;
    private final Transactions transactions;
    private final ValueLimit limit;
    private final Clock clock;

    private JdbcKVStore(StoreSettings settings, Backend backend, Clock clock) {
        this.settings = settings;
        this.backend = backend;
        this.transactions = new Transactions(settings, backend);
        this.limit = new ValueLimit(settings.providerId(), settings.maxValueBytes());
        this.clock = clock;
    }

    /**
     * Opens a store. A Derby database is opened (and its table created) now; a PostgreSQL
     * server is first contacted by the first operation, so a server that is down now makes
     * operations fail until it is up, not the start.
     *
     * @throws KVStoreException if the Derby database cannot be opened
     */
    public static JdbcKVStore open(StoreSettings settings, Clock clock) {
        JdbcKVStore store = new JdbcKVStore(settings, Backends.open(settings), clock);
        if (settings.type() == BackendType.KV_DERBY) {
            store.prepareSchema();
        }
        return store;
    }

    private void prepareSchema() {
        try {
            transactions.prepareSchema();
        } catch (SQLException failure) {
            backend.close();
            throw SqlFailures.of(settings, "create its table", failure);
        }
    }

    /** Returns the settings the store was opened with. */
    public StoreSettings settings() {
        return settings;
    }

    @Override
    public Optional<byte[]> get(String key) {
        byte[] encoded = Keys.encode(key);
        long now = clock.millis();
        return transactions.read(() -> "read key " + Keys.shown(key), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(Sql.GET)) {
                statement.setString(1, settings.namespace());
                statement.setBytes(2, encoded);
                statement.setLong(3, now);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void set(String key, byte[] value) {
        set(key, value, null);
    }

    @Override
    public void set(String key, byte[] value, Instant expiresAt) {
        Row row = new Row(Keys.encode(key), limit.copy(key, value), Expiry.toMillis(expiresAt));
        writeRows(() -> "set key " + Keys.shown(key), List.of(row));
    }

    @Override
    public boolean delete(String key) {
        byte[] encoded = Keys.encode(key);
        long now = clock.millis();
        return transactions.write(() -> "delete key " + Keys.shown(key), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(Sql.DELETE_LIVE)) {
                statement.setString(1, settings.namespace());
                statement.setBytes(2, encoded);
                statement.setLong(3, now);
                return statement.executeUpdate() > 0;
            }
        });
    }

    @Override
    public List<KVEntry> range(String startInclusive, String endExclusive, int limit) {
        byte[] lower = Keys.bound("startInclusive", startInclusive);
        byte[] upper = Keys.bound("endExclusive", endExclusive);
        Keys.limit(limit);
        return readRange(lower, upper, limit, true, JdbcKVStore::entry);
    }

    @Override
    public List<String> keys(String startInclusive, String endExclusive, int limit) {
        byte[] lower = Keys.bound("startInclusive", startInclusive);
        byte[] upper = Keys.bound("endExclusive", endExclusive);
        Keys.limit(limit);
        return readRange(lower, upper, limit, false, rows -> KeyCodec.decode(rows.getBytes(1)));
    }

    @Override
    public List<KVEntry> scan(String prefix, int limit) {
        Keys.prefix(prefix);
        Keys.limit(limit);
        byte[] lower = prefix.isEmpty() ? null : KeyCodec.encode(prefix);
        return readRange(lower, KeyCodec.prefixEnd(prefix), limit, true, JdbcKVStore::entry);
    }

    @Override
    public boolean compareAndSet(String key, byte[] expected, byte[] newValue) {
        byte[] encoded = Keys.encode(key);
        byte[] wanted = expected == null ? null : expected.clone();
        byte[] value = newValue == null ? null : limit.copy(key, newValue);
        long now = clock.millis();
        CompareAndSet operation = new CompareAndSet(backend.dialect(), settings.namespace(), encoded);
        return transactions.write(
                () -> "compare-and-set key " + Keys.shown(key),
                connection -> operation.run(connection, wanted, value, now));
    }

    @Override
    public void write(List<KVWrite> batch) {
        BatchWrite prepared = BatchWrite.of(batch, limit);
        if (prepared.isEmpty()) {
            return;
        }
        writeRows(() -> "write a batch of " + batch.size() + " changes", prepared.rows());
    }

    /** Writes rows of distinct keys, sorted by key: as one auto-committed statement where the dialect can for them. */
    private void writeRows(Supplier<String> action, List<Row> rows) {
        Dialect dialect = backend.dialect();
        SqlWork<Void> work = connection -> {
            dialect.write(connection, settings.namespace(), rows);
            return null;
        };
        if (dialect.writesInOneStatement(rows)) {
            transactions.writeOneStatement(action, work);
        } else {
            transactions.write(action, work);
        }
    }

    /**
     * Removes the entries of this namespace whose expiry has passed; they already read as
     * absent, so this only frees space.
     *
     * @return how many entries were removed
     * @throws KVStoreException if the backend fails
     */
    public int purgeExpired() {
        long now = clock.millis();
        return transactions.write(() -> "purge expired entries", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(Sql.PURGE)) {
                statement.setString(1, settings.namespace());
                statement.setLong(2, now);
                return statement.executeUpdate();
            }
        });
    }

    /** Closes the connection pool, and shuts a Derby database down when no other store uses it. */
    @Override
    public void close() {
        backend.close();
    }

    private <T> List<T> readRange(byte[] lower, byte[] upper, int limit, boolean withValues, RowReader<T> reader) {
        String sql = Sql.range(withValues, lower != null, upper != null)
                + backend.dialect().rangeIsolation();
        long now = clock.millis();
        return transactions.read(() -> "read a range of keys", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bindRange(statement, now, lower, upper);
                statement.setMaxRows(limit);
                List<T> result = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next() && result.size() < limit) {
                        result.add(reader.read(rows));
                    }
                }
                return result;
            }
        });
    }

    private void bindRange(PreparedStatement statement, long now, byte[] lower, byte[] upper) throws SQLException {
        int index = 1;
        statement.setString(index++, settings.namespace());
        statement.setLong(index++, now);
        if (lower != null) {
            statement.setBytes(index++, lower);
        }
        if (upper != null) {
            statement.setBytes(index, upper);
        }
    }

    private static KVEntry entry(ResultSet rows) throws SQLException {
        return new KVEntry(
                KeyCodec.decode(rows.getBytes(1)), rows.getBytes(2), Expiry.toInstant(Columns.expiry(rows, 3)));
    }

    /** Reads one result row into a value. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }
}
