package dev.strata.kvstore.jdbc;

/**
 * The statements both backends share. One table holds every namespace: the key column holds
 * {@link KeyCodec} bytes, the expiry column epoch milliseconds (null for never), and a row whose
 * expiry is at or before now reads as absent.
 */
final class Sql {

    static final String TABLE = "strata_kv";

    /** The live-row condition; its parameter is now in epoch milliseconds. */
    static final String LIVE = "(expires_at IS NULL OR expires_at > ?)";

    static final String GET = "SELECT v FROM " + TABLE + " WHERE ns = ? AND k = ? AND " + LIVE;

    static final String INSERT = "INSERT INTO " + TABLE + " (ns, k, v, expires_at) VALUES (?, ?, ?, ?)";

    static final String UPDATE = "UPDATE " + TABLE + " SET v = ?, expires_at = ? WHERE ns = ? AND k = ?";

    static final String DELETE_LIVE = "DELETE FROM " + TABLE + " WHERE ns = ? AND k = ? AND " + LIVE;

    static final String DELETE = "DELETE FROM " + TABLE + " WHERE ns = ? AND k = ?";

    static final String PURGE = "DELETE FROM " + TABLE + " WHERE ns = ? AND expires_at <= ?";

    /** The row of one key, expired or not, locked for the rest of the transaction. */
    static final String SELECT_ROW = "SELECT v, expires_at FROM " + TABLE + " WHERE ns = ? AND k = ?";

    private Sql() {}

    /**
     * A range read: live rows of a namespace between optional encoded bounds, sorted by key.
     * Parameters: namespace, now, then the lower bound if present, then the upper if present.
     */
    static String range(boolean withValues, boolean lower, boolean upper) {
        StringBuilder sql = new StringBuilder("SELECT k")
                .append(withValues ? ", v, expires_at" : "")
                .append(" FROM ")
                .append(TABLE)
                .append(" WHERE ns = ? AND ")
                .append(LIVE);
        if (lower) {
            sql.append(" AND k >= ?");
        }
        if (upper) {
            sql.append(" AND k < ?");
        }
        return sql.append(" ORDER BY k").toString();
    }
}
