package dev.strata.kvstore.jdbc;

import dev.strata.api.kvstore.KVStoreException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Turns a database failure into a {@link KVStoreException} whose message names the store, the
 * operation, the database, what went wrong and what the operator can do about it.
 */
final class SqlFailures {

    private SqlFailures() {}

    static KVStoreException of(StoreSettings settings, String action, SQLException failure) {
        return new KVStoreException(
                "KV store '" + settings.providerId() + "' could not " + action + ": " + explain(settings, failure),
                failure);
    }

    /** A commit that failed leaves the outcome unknown; the message says so (see KVStoreException). */
    static KVStoreException ofCommit(StoreSettings settings, String action, SQLException failure) {
        return new KVStoreException(
                "KV store '" + settings.providerId() + "' could not commit " + action + ": "
                        + explain(settings, failure)
                        + ". The write may or may not have taken effect: read the keys back before retrying",
                failure);
    }

    private static String explain(StoreSettings settings, SQLException failure) {
        String reason = innermostMessage(failure);
        if (hasState(failure, "28P01") || hasState(failure, "28000")) {
            return settings.location() + " refused user '" + settings.user() + "' (" + reason
                    + "); fix user and .password in the store's configuration";
        }
        if (hasState(failure, "3D000")) {
            return settings.location() + " has no such database (" + reason
                    + "); create the database, or fix the store's url";
        }
        if (isConnectionFailure(failure)) {
            return settings.location() + " is unreachable (" + reason + "); check that the database runs and"
                    + " accepts connections there, and the store's url;"
                    + " the store reconnects by itself once the database is back";
        }
        return settings.location() + " failed (" + reason + ", SQLState " + failure.getSQLState()
                + "); check the database, its disk and its log";
    }

    /** Whether the failure means the database could not be reached, or the connection broke. */
    static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the failure, its causes or its chained exceptions carry {@code sqlState}. */
    static boolean hasState(Throwable failure, String sqlState) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (sqlState.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The message of the deepest cause that has one: the database's or the network's own words. */
    static String innermostMessage(Throwable failure) {
        String message = failure.getMessage();
        for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message;
    }
}
