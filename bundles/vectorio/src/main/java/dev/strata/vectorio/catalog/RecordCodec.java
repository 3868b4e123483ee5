package dev.strata.vectorio.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Turns the catalog's records into JSON bytes and back, with Jackson. Thread-safe.
 *
 * <p>Encoding is deterministic: fields in a fixed order, map keys sorted, times as ISO-8601
 * strings to the nanosecond. So a record encodes to the same bytes every time, which the
 * catalog's compare-and-set relies on. The time module is registered by hand: {@code
 * findAndRegisterModules} relies on the service loader, which finds nothing inside OSGi
 * (BUILD-NOTES).
 *
 * <p>Reading checks that a record lies under its own key, so a record copied to the wrong key
 * is reported as damaged rather than shown under another id.
 */
final class RecordCodec {

    /** The number of the layout this codec writes and reads. */
    static final int FORMAT = 1;

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    private final ObjectWriter storeWriter = mapper.writerFor(StoreDocument.class);
    private final ObjectReader storeReader = mapper.readerFor(StoreDocument.class);
    private final ObjectWriter fileWriter = mapper.writerFor(FileDocument.class);
    private final ObjectReader fileReader = mapper.readerFor(FileDocument.class);
    private final ObjectWriter batchWriter = mapper.writerFor(BatchDocument.class);
    private final ObjectReader batchReader = mapper.readerFor(BatchDocument.class);

    byte[] write(StoreRecord store) {
        return write(storeWriter, StoreDocument.of(store), "store '" + store.id() + "'");
    }

    byte[] write(FileRecord file) {
        return write(
                fileWriter, FileDocument.of(file), "file '" + file.fileId() + "' of store '" + file.storeId() + "'");
    }

    byte[] write(BatchRecord batch) {
        return write(
                batchWriter,
                BatchDocument.of(batch),
                "batch '" + batch.batchId() + "' of store '" + batch.storeId() + "'");
    }

    /**
     * Reads a store record.
     *
     * @param key the KV key the bytes came from, named in the error
     * @throws IllegalStateException if the bytes are not the store record of that key
     */
    StoreRecord readStore(String key, byte[] bytes) {
        StoreDocument document = read(key, bytes, storeReader, "store", StoreDocument::format);
        return check(key, "store", document, StoreDocument::toRecord, store -> CatalogKeys.store(store.id()));
    }

    /**
     * Reads a file record.
     *
     * @throws IllegalStateException if the bytes are not the file record of that key
     */
    FileRecord readFile(String key, byte[] bytes) {
        FileDocument document = read(key, bytes, fileReader, "file", FileDocument::format);
        return check(
                key, "file", document, FileDocument::toRecord, file -> CatalogKeys.file(file.storeId(), file.fileId()));
    }

    /**
     * Reads a batch record.
     *
     * @param countsIfMissing gives counts to a record written before batches kept them
     * @throws IllegalStateException if the bytes are not the batch record of that key
     */
    BatchRecord readBatch(String key, byte[] bytes, UnaryOperator<BatchRecord> countsIfMissing) {
        BatchDocument document = read(key, bytes, batchReader, "file batch", BatchDocument::format);
        BatchRecord batch = check(
                key,
                "file batch",
                document,
                BatchDocument::toRecord,
                read -> CatalogKeys.batch(read.storeId(), read.batchId()));
        return document.fileCounts() == null ? countsIfMissing.apply(batch) : batch;
    }

    private static byte[] write(ObjectWriter writer, Object document, String what) {
        try {
            return writer.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new IllegalStateException(what + " could not be written as JSON: " + e.getMessage(), e);
        }
    }

    private static <D> D read(
            String key, byte[] bytes, ObjectReader reader, String kind, Function<D, Integer> formatOf) {
        D document;
        try {
            document = reader.readValue(bytes);
        } catch (IOException e) {
            String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw damaged(key, kind, "it is not JSON of one: " + reason, e);
        }
        if (document == null) {
            throw damaged(key, kind, "it holds JSON null", null);
        }
        Integer format = formatOf.apply(document);
        if (format == null || format != FORMAT) {
            throw damaged(key, kind, "its format is " + format + " where this version reads " + FORMAT, null);
        }
        return document;
    }

    private static <D, R> R check(
            String key, String kind, D document, Function<D, R> toRecord, Function<R, String> keyOf) {
        R record;
        try {
            record = toRecord.apply(document);
        } catch (IllegalArgumentException e) {
            throw damaged(key, kind, e.getMessage(), e);
        }
        String own = keyOf.apply(record);
        if (!own.equals(key)) {
            throw damaged(key, kind, "it belongs under the key '" + own + "'", null);
        }
        return record;
    }

    private static IllegalStateException damaged(String key, String kind, String reason, Exception cause) {
        return new IllegalStateException(
                "the KV store entry '" + key + "' is not a valid " + kind + " record of the vector store catalog ("
                        + reason + "); delete it with kv:delete or restore it from a backup",
                cause);
    }
}
