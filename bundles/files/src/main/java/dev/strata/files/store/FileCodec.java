package dev.strata.files.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.strata.api.files.FileInfo;
import java.io.IOException;

/**
 * Turns file metadata into JSON bytes and back, with Jackson. Thread-safe.
 *
 * <p>The time module is registered by hand: {@code findAndRegisterModules} relies on the service
 * loader, which finds nothing inside OSGi (BUILD-NOTES). Times are ISO-8601 strings.
 */
final class FileCodec {

    private final ObjectWriter writer;
    private final ObjectReader reader;

    FileCodec() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        writer = mapper.writerFor(FileDocument.class);
        reader = mapper.readerFor(FileDocument.class);
    }

    byte[] write(FileInfo file) {
        try {
            return writer.writeValueAsBytes(FileDocument.of(file));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "file " + file.id() + " could not be written as JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a record.
     *
     * @param key the store key the bytes came from, named in the error
     * @throws IllegalStateException if the bytes are not a file record; the message names the key
     */
    FileInfo read(String key, byte[] bytes) {
        try {
            FileDocument document = reader.readValue(bytes);
            return document.toFileInfo();
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "the store entry '" + key + "' is not a file record (" + e.getMessage()
                            + "); delete it with kv:delete or restore it from a backup",
                    e);
        }
    }
}
