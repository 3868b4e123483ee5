package dev.strata.kvstore.jdbc;

import dev.strata.api.kvstore.KVStoreException;
import java.sql.SQLException;

/** Reads Derby's answers: a clean shutdown, a database held by another process. */
final class DerbyFailures {

    /** Derby's state when another engine (another process) already booted the database. */
    static final String BOOTED_ELSEWHERE = "XSDB6";

    private DerbyFailures() {}

    static boolean isCleanShutdown(SQLException answer) {
        return "08006".equals(answer.getSQLState()) || "XJ015".equals(answer.getSQLState());
    }

    static KVStoreException openFailed(StoreSettings settings, Exception failure) {
        String store = "KV store '" + settings.providerId() + "'";
        if (SqlFailures.hasState(failure, BOOTED_ELSEWHERE)) {
            return new KVStoreException(
                    store + " cannot open the Derby database at " + settings.dbPath()
                            + ": another process has it open; stop that process, or give this store its own db.path",
                    failure);
        }
        return new KVStoreException(
                store + " cannot open the Derby database at " + settings.dbPath() + ": "
                        + SqlFailures.innermostMessage(failure)
                        + "; check that the folder is writable and holds a Derby database or does not exist yet",
                failure);
    }
}
