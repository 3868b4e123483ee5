package dev.strata.vectorio.store;

import dev.strata.api.files.Files;
import dev.strata.api.files.TextExtraction;
import dev.strata.api.scheduler.JobScheduler;
import java.util.Optional;

/**
 * The services a vector IO provider uses when they are present: each may come and go at any
 * time, so every call asks again. Implementations are thread-safe.
 */
public interface OptionalServices {

    /**
     * Returns the Files service the provider reads uploaded files from.
     *
     * @return the service, or empty while none is bound
     */
    Optional<Files> files();

    /**
     * Returns the service that reads documents as text.
     *
     * @return the service, or empty while none is bound
     */
    Optional<TextExtraction> textExtraction();

    /**
     * Returns the job scheduler that runs file batches.
     *
     * @return the service, or empty while none is bound
     */
    Optional<JobScheduler> scheduler();
}
