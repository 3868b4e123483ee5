package dev.strata.vectorio.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.vectorio.ChunkingStrategy;
import dev.strata.api.vectorio.ExpiresAfter;
import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.VectorStoreFileError;
import dev.strata.api.vectorio.VectorStoreFileStatus;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundTripTest {

    private static final Instant CREATED = Instant.parse("2025-03-01T10:00:00.123456789Z");
    private static final Instant ACTIVE = Instant.parse("2025-03-02T08:30:00Z");

    private final InMemoryKVStore kv = new InMemoryKVStore(Clock.systemUTC());
    private final Catalog catalog = new Catalog(kv);

    @Test
    void aStoreWithEveryFieldSetReadsBackEqual() {
        StoreRecord store = new StoreRecord(
                "vs_full",
                "Docs",
                CREATED,
                ACTIVE,
                Map.of("team", "search", "env", "dev"),
                new ExpiresAfter(7),
                "text-embedding-3-small",
                1536,
                new ChunkingStrategy.Static(600, 300));

        catalog.putStore(store);

        assertThat(catalog.store("vs_full")).contains(store);
    }

    @Test
    void aStoreWithEveryOptionalFieldUnsetReadsBackEqual() {
        StoreRecord store =
                new StoreRecord("vs_bare", "", CREATED, CREATED, null, null, "minilm", 384, ChunkingStrategy.AUTO);

        catalog.putStore(store);

        assertThat(catalog.store("vs_bare")).contains(store);
        assertThat(store.metadata()).isEmpty();
    }

    @Test
    void aFileWithEveryFieldSetReadsBackEqual() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("author", "ann");
        attributes.put("year", 2024L);
        attributes.put("big", 12_345_678_901L);
        attributes.put("huge", new BigInteger("123456789012345678901234567890"));
        attributes.put("score", 0.75);
        attributes.put("whole", 3.0);
        attributes.put("draft", false);
        FileRecord file = new FileRecord(
                "vs_1",
                "file-full",
                "report.pdf",
                CREATED,
                VectorStoreFileStatus.FAILED,
                0,
                new VectorStoreFileError(VectorStoreFileError.Code.UNSUPPORTED_FILE, "cannot read .xyz"),
                attributes,
                new ChunkingStrategy.Static(100, 0),
                0,
                "vsfb_1");

        catalog.putFile(file);

        FileRecord read = catalog.file("vs_1", "file-full").orElseThrow().value();
        assertThat(read).isEqualTo(file);
        assertThat(read.attributes().get("year")).isInstanceOf(Long.class);
        assertThat(read.attributes().get("whole")).isInstanceOf(Double.class);
    }

    @Test
    void aFileWithEveryOptionalFieldUnsetReadsBackEqual() {
        FileRecord file = new FileRecord(
                "vs_1",
                "file-bare",
                "",
                CREATED,
                VectorStoreFileStatus.COMPLETED,
                4096,
                null,
                null,
                ChunkingStrategy.AUTO,
                12,
                null);

        catalog.putFile(file);

        assertThat(catalog.file("vs_1", "file-bare")).map(Versioned::value).contains(file);
    }

    @Test
    void integersStayIntegersWhateverTheirJavaType() {
        Map<String, Object> attributes = Map.of("int", 7, "short", (short) 2, "float", 1.5f, "text", "7");

        FileRecord file = Records.file("vs_1", "file-1", CREATED, VectorStoreFileStatus.COMPLETED)
                .withAttributes(attributes);
        catalog.putFile(file);

        FileRecord read = catalog.file("vs_1", "file-1").orElseThrow().value();
        assertThat(read.attributes())
                .containsEntry("int", 7L)
                .containsEntry("short", 2L)
                .containsEntry("float", 1.5)
                .containsEntry("text", "7");
        assertThat(read).isEqualTo(file);
    }

    @Test
    void aBatchWithEveryFieldSetReadsBackEqual() {
        BatchRecord batch = new BatchRecord(
                "vs_1",
                "vsfb_full",
                CREATED,
                List.of("file-b", "file-a"),
                Map.of("source", "crawl", "rank", 3L, "fresh", true),
                new ChunkingStrategy.Static(300, 150),
                "job-9",
                FileBatchStatus.CANCELLED);

        catalog.putBatch(batch);

        assertThat(catalog.batch("vs_1", "vsfb_full")).map(Versioned::value).contains(batch);
    }

    @Test
    void aBatchWithEveryOptionalFieldUnsetReadsBackEqual() {
        BatchRecord batch = new BatchRecord(
                "vs_1", "vsfb_bare", CREATED, List.of("file-a"), null, null, null, FileBatchStatus.IN_PROGRESS);

        catalog.putBatch(batch);

        assertThat(catalog.batch("vs_1", "vsfb_bare")).map(Versioned::value).contains(batch);
    }

    @Test
    void chunkingIsStoredInOpenAisShape() {
        catalog.putFile(new FileRecord(
                "vs_1",
                "file-s",
                "s.txt",
                CREATED,
                VectorStoreFileStatus.IN_PROGRESS,
                0,
                null,
                null,
                new ChunkingStrategy.Static(400, 200),
                0,
                null));
        catalog.putFile(Records.file("vs_1", "file-a", CREATED, VectorStoreFileStatus.IN_PROGRESS));

        assertThat(stored(CatalogKeys.file("vs_1", "file-s")))
                .contains("\"chunking_strategy\":{\"type\":\"static\","
                        + "\"static\":{\"max_chunk_size_tokens\":400,\"chunk_overlap_tokens\":200}}");
        assertThat(stored(CatalogKeys.file("vs_1", "file-a")))
                .contains("\"chunking_strategy\":{\"type\":\"auto\"}")
                .contains("\"status\":\"in_progress\"");
    }

    @Test
    void encodingIsTheSameWhateverTheOrderOfMaps() {
        Map<String, Object> forward = new LinkedHashMap<>();
        forward.put("a", 1L);
        forward.put("b", "x");
        Map<String, Object> backward = new LinkedHashMap<>();
        backward.put("b", "x");
        backward.put("a", 1L);
        RecordCodec codec = new RecordCodec();
        FileRecord file = Records.file("vs_1", "file-1", CREATED, VectorStoreFileStatus.COMPLETED);

        byte[] one = codec.write(file.withAttributes(forward));
        byte[] other = codec.write(file.withAttributes(backward));

        assertThat(one).isEqualTo(other);
        assertThat(new String(one, UTF_8)).contains("\"attributes\":{\"a\":1,\"b\":\"x\"}");
    }

    @Test
    void idsWithSlashesAndPercentSignsKeepToTheirOwnStore() {
        FileRecord odd = Records.file("vs/a%2F", "file/1", CREATED, VectorStoreFileStatus.COMPLETED);
        FileRecord plain = Records.file("vs", "a%2F/file/1", CREATED, VectorStoreFileStatus.COMPLETED);

        catalog.putFile(odd);
        catalog.putFile(plain);

        assertThat(catalog.files("vs/a%2F")).containsExactly(odd);
        assertThat(catalog.files("vs")).containsExactly(plain);
    }

    private String stored(String key) {
        return new String(kv.get(key).orElseThrow(), UTF_8);
    }
}
