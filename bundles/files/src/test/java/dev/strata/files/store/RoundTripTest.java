package dev.strata.files.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.common.PageRequest;
import dev.strata.api.files.FileInfo;
import dev.strata.api.files.FilePurpose;
import dev.strata.api.files.UnknownFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file goes in, its exact bytes and metadata come back, and a delete takes both away. */
class RoundTripTest {

    @TempDir
    Path data;

    private FilesFixture fixture;

    @BeforeEach
    void open() throws IOException {
        fixture = new FilesFixture(data);
    }

    @AfterEach
    void close() throws IOException {
        fixture.close();
    }

    @Test
    void aFileComesBackWithItsBytesAndMetadata() throws IOException {
        byte[] bytes = new byte[300_000];
        new Random(7).nextBytes(bytes);

        FileInfo file = fixture.upload(bytes, "report.pdf", FilePurpose.USER_DATA, Duration.ofDays(1));

        assertThat(file.id()).matches("file-[0-9a-f]{24}");
        assertThat(file.filename()).isEqualTo("report.pdf");
        assertThat(file.bytes()).isEqualTo(300_000);
        assertThat(file.purpose()).isEqualTo(FilePurpose.USER_DATA);
        assertThat(file.createdAt()).isEqualTo(FilesFixture.START);
        assertThat(file.expiresAt()).isEqualTo(FilesFixture.START.plus(Duration.ofDays(1)));
        assertThat(fixture.files.get(file.id())).contains(file);
        assertThat(fixture.read(file.id())).isEqualTo(bytes);
        assertThat(fixture.files.list(null, PageRequest.first()).data()).containsExactly(file);
    }

    @Test
    void theBlobIsNamedByIdNeverByFilename() throws IOException {
        FileInfo file = fixture.upload("hello", "notes.txt");

        assertThat(fixture.folderNames()).containsExactly(file.id());
    }

    @Test
    void theMetadataIsJsonAnOperatorCanRead() throws IOException {
        FileInfo file = fixture.upload("hello", "notes.txt");

        assertThat(fixture.kv.dump())
                .containsEntry(
                        "file/" + file.id(),
                        "{\"format\":1,\"id\":\"" + file.id() + "\",\"filename\":\"notes.txt\",\"bytes\":5,"
                                + "\"purpose\":\"assistants\",\"created_at\":\"2030-01-01T00:00:00Z\"}");
    }

    @Test
    void aNewProviderOverTheSameFolderAndStoreServesTheFile() throws IOException {
        FileInfo file = fixture.upload("kept", "kept.txt");
        fixture.close();

        try (LocalFiles reopened = LocalFiles.open(fixture.files.settings(), fixture.kv, fixture.clock)) {
            assertThat(reopened.get(file.id())).contains(file);
            assertThat(reopened.content(file.id()).readAllBytes()).isEqualTo("kept".getBytes(UTF_8));
        }
        fixture = new FilesFixture(data);
    }

    @Test
    void deleteRemovesTheBlobAndTheMetadata() throws IOException {
        FileInfo file = fixture.upload("gone soon", "gone.txt");
        FileInfo other = fixture.upload("stays", "stays.txt");

        assertThat(fixture.files.delete(file.id())).isTrue();

        assertThat(fixture.files.get(file.id())).isEmpty();
        assertThatThrownBy(() -> fixture.files.content(file.id())).isInstanceOf(UnknownFileException.class);
        assertThat(fixture.folderNames()).containsExactly(other.id());
        assertThat(fixture.kv.dump().keySet())
                .noneMatch(key -> key.contains(file.id().substring(5)));
        assertThat(fixture.files.delete(file.id())).isFalse();
    }

    @Test
    void aFileAtTheSizeLimitIsAccepted() throws IOException {
        fixture.close();
        fixture = new FilesFixture(data, 10);

        FileInfo file = fixture.upload("0123456789", "ten.txt");

        assertThat(file.bytes()).isEqualTo(10);
        assertThat(fixture.read(file.id())).isEqualTo("0123456789".getBytes(UTF_8));
    }

    @Test
    void idsAreNeverReused() throws IOException {
        FileInfo first = fixture.upload("same", "same.txt");
        FileInfo second = fixture.upload("same", "same.txt");

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(fixture.folderNames()).containsExactlyInAnyOrder(first.id(), second.id());
    }
}
