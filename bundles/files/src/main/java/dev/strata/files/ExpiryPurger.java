package dev.strata.files;

import dev.strata.files.store.LocalFiles;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes a provider's expired files in the background. Its first run, at start, also deletes
 * what a crash left in the folder (see {@link LocalFiles#removeLeftovers()}). A failing run is
 * logged once as a warning and again when it works again, not at every interval.
 */
final class ExpiryPurger implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiryPurger.class);

    private final LocalFiles files;
    private boolean leftoversRemoved;
    private boolean failing;

    ExpiryPurger(LocalFiles files) {
        this.files = files;
    }

    /** Starts purging every {@code interval}; closing the handle stops it. */
    static AutoCloseable start(LocalFiles files, Duration interval, Scheduling scheduling) {
        return scheduling.every(interval, new ExpiryPurger(files));
    }

    @Override
    public void run() {
        String id = files.settings().providerId();
        try {
            if (!leftoversRemoved) {
                int leftovers = files.removeLeftovers();
                leftoversRemoved = true;
                if (leftovers > 0) {
                    LOG.info("files provider '{}' removed {} blobs left without metadata by a crash", id, leftovers);
                }
            }
            int removed = files.purgeExpired();
            if (failing) {
                LOG.info("files provider '{}' removes expired files again", id);
            }
            failing = false;
            LOG.debug("files provider '{}' removed {} expired files", id, removed);
        } catch (IOException | RuntimeException failure) {
            if (!failing) {
                LOG.warn(
                        "files provider '{}' could not remove expired files ({}); they stay until it works again"
                                + " (they read as absent meanwhile)",
                        id,
                        failure.getMessage());
            }
            failing = true;
        }
    }
}
