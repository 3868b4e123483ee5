package dev.strata.kvstore;

import dev.strata.kvstore.jdbc.JdbcKVStore;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes a store's expired entries in the background. Its first run, at start, also reaches a
 * PostgreSQL server for the first time, so an unreachable server is reported in the log right
 * away. A failing purge is logged once as a warning and again when purging works again, not at
 * every interval.
 */
final class ExpiryPurger implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiryPurger.class);

    private final JdbcKVStore store;
    private boolean failing;

    ExpiryPurger(JdbcKVStore store) {
        this.store = store;
    }

    /** Starts purging every {@code interval}; closing the handle stops it. */
    static AutoCloseable start(JdbcKVStore store, Duration interval, Scheduling scheduling) {
        return scheduling.every(interval, new ExpiryPurger(store));
    }

    @Override
    public void run() {
        String id = store.settings().providerId();
        try {
            int removed = store.purgeExpired();
            if (failing) {
                LOG.info("KV store '{}' reaches {} again", id, store.settings().location());
            }
            failing = false;
            LOG.debug("KV store '{}' removed {} expired entries", id, removed);
        } catch (RuntimeException failure) {
            if (!failing) {
                LOG.warn(
                        "{}; its expired entries stay until it works again (they read as absent meanwhile)",
                        failure.getMessage());
            }
            failing = true;
        }
    }
}
