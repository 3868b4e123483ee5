package dev.strata.kvstore.jdbc;

import dev.strata.api.kvstore.KVWrite;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A checked batch of changes, applied in key order and split into runs of consecutive puts and
 * consecutive deletes, each run one JDBC batch. Every value is checked and copied before
 * anything is written, so a bad element leaves the store untouched.
 *
 * <p>Key order: changes to different keys commute, and the sort is stable, so a later change to
 * a key still wins. Taking row locks in key order, the order range reads take them, keeps
 * concurrent batches and scans from deadlocking (Derby notices a deadlock only after a wait).
 */
final class BatchWrite {

    /** Consecutive changes of one kind. */
    private record Run(boolean puts, List<Row> rows) {}

    private final List<Run> runs;

    private BatchWrite(List<Run> runs) {
        this.runs = runs;
    }

    /**
     * @throws IllegalArgumentException if the batch or an element is {@code null}, or a value is
     *     over the limit; the message gives the element's position
     */
    static BatchWrite of(List<KVWrite> batch, ValueLimit limit) {
        if (batch == null) {
            throw new IllegalArgumentException("batch is null; pass a list of changes, possibly empty");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            KVWrite change = batch.get(i);
            if (change == null) {
                throw new IllegalArgumentException("batch element " + i + " is null; remove it or pass a change");
            }
            rows.add(row(change, limit));
        }
        rows.sort((a, b) -> Arrays.compareUnsigned(a.key(), b.key()));
        return new BatchWrite(runs(rows));
    }

    private static List<Run> runs(List<Row> rows) {
        List<Run> runs = new ArrayList<>();
        for (Row row : rows) {
            boolean put = row.value() != null;
            if (runs.isEmpty() || runs.get(runs.size() - 1).puts() != put) {
                runs.add(new Run(put, new ArrayList<>()));
            }
            runs.get(runs.size() - 1).rows().add(row);
        }
        return runs;
    }

    private static Row row(KVWrite change, ValueLimit limit) {
        byte[] key = Keys.encode(change.key());
        if (change instanceof KVWrite.Put put) {
            byte[] value = limit.copy(put.key(), put.value());
            return new Row(key, value, Expiry.toMillis(put.expiresAt()));
        }
        return new Row(key, null, null);
    }

    boolean isEmpty() {
        return runs.isEmpty();
    }

    /** Applies every run inside the caller's transaction. */
    Void apply(Connection connection, Dialect dialect, String namespace) throws SQLException {
        for (Run run : runs) {
            if (run.puts()) {
                dialect.upsert(connection, namespace, run.rows());
            } else {
                delete(connection, namespace, run.rows());
            }
        }
        return null;
    }

    private static void delete(Connection connection, String namespace, List<Row> rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.DELETE)) {
            for (Row row : rows) {
                statement.setString(1, namespace);
                statement.setBytes(2, row.key());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
