package dev.strata.kvstore.jdbc;

import dev.strata.api.kvstore.KVWrite;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked batch of changes, reduced to the last change of each key and sorted by key, ready
 * for {@link Dialect#write}. Every value is checked and copied before anything is written, so a
 * bad element leaves the store untouched.
 *
 * <p>Why the reduction keeps {@link dev.strata.api.kvstore.KVStore#write}'s list order: applied
 * in list order, a batch leaves each key as its last change set it, whatever came before. Once
 * each key has one change, changes to different keys commute, so a dialect may apply them in
 * any order, for example all puts in one statement and all deletes in another. Key order is the
 * order range reads take row locks in, which keeps concurrent batches and scans from
 * deadlocking (Derby notices a deadlock only after a wait).
 */
final class BatchWrite {

    private final List<Row> rows;

    private BatchWrite(List<Row> rows) {
        this.rows = rows;
    }

    /**
     * @throws IllegalArgumentException if the batch or an element is {@code null}, or a value is
     *     over the limit; the message gives the element's position
     */
    static BatchWrite of(List<KVWrite> batch, ValueLimit limit) {
        if (batch == null) {
            throw new IllegalArgumentException("batch is null; pass a list of changes, possibly empty");
        }
        Map<String, Row> lastChange = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            KVWrite change = batch.get(i);
            if (change == null) {
                throw new IllegalArgumentException("batch element " + i + " is null; remove it or pass a change");
            }
            lastChange.put(change.key(), row(change, limit));
        }
        List<Row> rows = new ArrayList<>(lastChange.values());
        rows.sort((a, b) -> Arrays.compareUnsigned(a.key(), b.key()));
        return new BatchWrite(rows);
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
        return rows.isEmpty();
    }

    /** One change per key, sorted by encoded key; a row without a value is a delete. */
    List<Row> rows() {
        return rows;
    }
}
