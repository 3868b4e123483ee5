package dev.strata.files.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.files.FileInfo;
import dev.strata.api.files.FilePurpose;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Metadata survives the trip through JSON, and bytes that are no record are named by key. */
class FileCodecTest {

    private final FileCodec codec = new FileCodec();

    @Test
    void aRecordComesBackEqual() {
        FileInfo file = new FileInfo(
                "file-0123456789abcdef01234567",
                "Größe – ünïcode.md",
                42,
                FilePurpose.FINE_TUNE,
                Instant.parse("2030-01-01T00:00:00.123Z"),
                Instant.parse("2030-02-01T00:00:00.123Z"));

        assertThat(codec.read("file/x", codec.write(file))).isEqualTo(file);
    }

    @Test
    void unknownFieldsFromALaterVersionAreIgnored() {
        String json = "{\"format\":2,\"id\":\"file-0123456789abcdef01234567\",\"filename\":\"a.txt\",\"bytes\":1,"
                + "\"purpose\":\"vision\",\"created_at\":\"2030-01-01T00:00:00Z\",\"status\":\"processed\"}";

        assertThat(codec.read("file/x", json.getBytes(UTF_8)).purpose()).isEqualTo(FilePurpose.VISION);
    }

    @Test
    void bytesThatAreNoRecordAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> codec.read("file/file-1", "{\"id\":\"job-1\"}".getBytes(UTF_8)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("the store entry 'file/file-1' is not a file record (")
                .hasMessageEndingWith("); delete it with kv:delete or restore it from a backup");
    }
}
