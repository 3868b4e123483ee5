package dev.strata.scheduler.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * Turns job records into JSON bytes and back, with Jackson. Thread-safe.
 *
 * <p>The time module is registered by hand: {@code findAndRegisterModules} relies on the
 * service loader, which finds nothing inside OSGi (BUILD-NOTES). Times are ISO-8601 strings, so
 * the record reads the same to a person and to another process.
 */
final class JobCodec {

    private final ObjectWriter writer;
    private final ObjectReader reader;

    JobCodec() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        writer = mapper.writerFor(JobDocument.class);
        reader = mapper.readerFor(JobDocument.class);
    }

    byte[] write(StoredJob job) {
        try {
            return writer.writeValueAsBytes(JobDocument.of(job));
        } catch (IOException e) {
            throw new IllegalStateException("job " + job.id() + " could not be written as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a record.
     *
     * @param key the store key the bytes came from, named in the error
     * @throws IllegalStateException if the bytes are not a job record; the message names the key
     */
    StoredJob read(String key, byte[] bytes) {
        try {
            JobDocument document = reader.readValue(bytes);
            return document.toStoredJob();
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "the store entry '" + key + "' is not a job record (" + e.getMessage()
                            + "); delete it with kv:delete or restore it from a backup",
                    e);
        }
    }
}
