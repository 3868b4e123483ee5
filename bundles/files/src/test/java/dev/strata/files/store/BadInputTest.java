package dev.strata.files.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.files.FileInfo;
import dev.strata.api.files.FilePurpose;
import dev.strata.api.files.UnknownFileException;
import dev.strata.api.kvstore.KVStoreException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input gets an error that names the value and the fix, and changes nothing: no blob, no
 * temporary blob, no metadata. Each test stores one good file first, so "nothing changed" is
 * checked against a store that holds something.
 */
class BadInputTest {

    private static final long LIMIT = 16;

    @TempDir
    Path data;

    private FilesFixture fixture;
    private FileInfo existing;
    private Map<String, Object> before;

    @BeforeEach
    void open() throws IOException {
        fixture = new FilesFixture(data, LIMIT);
        existing = fixture.upload("already here", "existing.txt");
        before = fixture.everything();
    }

    @AfterEach
    void nothingChanged() throws IOException {
        assertThat(fixture.everything()).isEqualTo(before);
        assertThat(fixture.read(existing.id())).isEqualTo("already here".getBytes(UTF_8));
        fixture.close();
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> fixture.upload("", "empty.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("file 'empty.txt' is empty; upload a file with at least one byte");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedNamingTheLimit() {
        assertThatThrownBy(() -> fixture.upload("seventeen bytes!!", "big.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("file 'big.txt' is larger than the limit of 16 bytes of files provider 'localfs';"
                        + " upload a smaller file, or raise the provider's max_file_bytes");
    }

    @Test
    void anOversizedFileIsNotReadPastTheLimit() {
        CountingStream content = new CountingStream(new byte[1024 * 1024]);

        assertThatThrownBy(() -> fixture.files.create(content, "huge.bin", FilePurpose.BATCH, null))
                .hasMessageStartingWith("file 'huge.bin' is larger than the limit of 16 bytes");
        assertThat(content.read).isEqualTo(LIMIT + 1);
    }

    @Test
    void anUnknownPurposeIsRefusedListingTheKnownOnes() {
        assertThatThrownBy(() -> FilePurpose.fromWireName("fine_tune"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("file purpose 'fine_tune' is not known;"
                        + " use one of: assistants, batch, fine-tune, vision, user_data, evals");
    }

    @Test
    void aMissingPurposeIsRefusedListingTheKnownOnes() {
        assertThatThrownBy(() -> fixture.upload("bytes".getBytes(UTF_8), "a.txt", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("purpose is null; use one of: assistants, batch, fine-tune, vision, user_data, evals");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd", "a/b.txt", "/abs.txt", "a\\b.txt", "..\\x", ".", ".."})
    void aPathLikeFilenameIsRefusedBeforeTheContentIsRead(String filename) {
        CountingStream content = new CountingStream("bytes".getBytes(UTF_8));

        assertThatThrownBy(() -> fixture.files.create(content, filename, FilePurpose.ASSISTANTS, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("filename '" + filename + "' looks like a path or holds control characters;"
                        + " give a plain name such as 'report.pdf'");
        assertThat(content.read).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000.txt", "line\nbreak.txt", "tab\t.txt", "esc\u001b.txt"})
    void aFilenameWithControlCharactersIsRefusedShowingThemAsQuestionMarks(String filename) {
        assertThatThrownBy(() -> fixture.upload("bytes", filename))
                .hasMessage("filename '" + filename.replaceAll("\\p{Cntrl}", "?")
                        + "' looks like a path or holds control characters; give a plain name such as 'report.pdf'");
    }

    @Test
    void aBlankOrMissingFilenameIsRefused() {
        assertThatThrownBy(() -> fixture.upload("bytes", " "))
                .hasMessage("filename is ' '; give the file's name, such as 'report.pdf'");
        assertThatThrownBy(() -> fixture.upload("bytes", null))
                .hasMessage("filename is null; give the file's name, such as 'report.pdf'");
    }

    @Test
    void aFilenameOverTheLengthLimitIsRefused() {
        assertThatThrownBy(() -> fixture.upload("bytes", "a".repeat(256)))
                .hasMessage("filename has 256 characters; use at most 255");
    }

    @Test
    void missingContentIsRefused() {
        assertThatThrownBy(() -> fixture.files.create(null, "a.txt", FilePurpose.ASSISTANTS, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("content is null; pass the file's bytes as a stream");
    }

    @Test
    void anExpiryThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> fixture.upload("x".getBytes(UTF_8), "a.txt", FilePurpose.BATCH, Duration.ZERO))
                .hasMessage("expiresAfter is PT0S; use a positive duration, or null for a file that never expires");
        assertThatThrownBy(
                        () -> fixture.upload("x".getBytes(UTF_8), "a.txt", FilePurpose.BATCH, Duration.ofSeconds(-1)))
                .hasMessage("expiresAfter is PT-1S; use a positive duration, or null for a file that never expires");
    }

    @Test
    void anExpiryPastTheLastRepresentableTimeIsRefused() {
        Duration tooLong = Duration.ofDays(365L * 9000);

        assertThatThrownBy(() -> fixture.upload("x".getBytes(UTF_8), "a.txt", FilePurpose.BATCH, tooLong))
                .hasMessage("expiresAfter is " + tooLong + ", which ends after 9999-12-31T23:59:59.999Z;"
                        + " use a shorter duration, or null for a file that never expires");
    }

    @Test
    void anUnknownIdReadsAsAbsentWithTheFix() {
        String id = "file-0123456789abcdef01234567";

        assertThat(fixture.files.get(id)).isEmpty();
        assertThat(fixture.files.delete(id)).isFalse();
        assertThatThrownBy(() -> fixture.files.content(id))
                .isInstanceOf(UnknownFileException.class)
                .hasMessage("file '" + id + "' does not exist; it may have been deleted or expired;"
                        + " list files to find its id")
                .extracting(failure -> ((UnknownFileException) failure).fileId())
                .isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file-../existing.txt", "file-../../etc/passwd", "../.lock", ".lock", "file-", ""})
    void anIdThatIsNoIdNeverReachesTheFolder(String id) throws IOException {
        java.nio.file.Files.writeString(data.resolve("existing.txt"), "outside the blob folder");

        assertThat(fixture.files.get(id)).isEmpty();
        assertThat(fixture.files.delete(id)).isFalse();
        assertThatThrownBy(() -> fixture.files.content(id)).isInstanceOf(UnknownFileException.class);
        assertThat(data.resolve("existing.txt")).hasContent("outside the blob folder");
        java.nio.file.Files.delete(data.resolve("existing.txt"));
    }

    @Test
    void aMissingIdIsRefused() {
        assertThatThrownBy(() -> fixture.files.get(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("file id is null; give an id such as 'file-abc123'");
        assertThatThrownBy(() -> fixture.files.content(null))
                .hasMessage("file id is null; give an id such as 'file-abc123'");
        assertThatThrownBy(() -> fixture.files.delete(null))
                .hasMessage("file id is null; give an id such as 'file-abc123'");
        assertThatThrownBy(() -> fixture.files.list(null, null))
                .hasMessage("page is null; pass PageRequest.first() for the first page");
    }

    @Test
    void contentThatFailsMidwayStoresNothing() {
        InputStream failing = new FilterInputStream(new ByteArrayInputStream("12345678".getBytes(UTF_8))) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (available() == 0) {
                    throw new IOException("connection reset by the uploader");
                }
                return super.read(buffer, offset, length);
            }
        };

        assertThatThrownBy(() -> fixture.files.create(failing, "cut.txt", FilePurpose.ASSISTANTS, null))
                .isInstanceOf(IOException.class)
                .hasMessage("connection reset by the uploader");
    }

    @Test
    void aStoreThatFailsLeavesNoBlob() {
        fixture.kv.failWrites(true);

        assertThatThrownBy(() -> fixture.upload("lost", "lost.txt"))
                .isInstanceOf(KVStoreException.class)
                .hasMessage("the test store is down; bring it back with failWrites(false)");
        fixture.kv.failWrites(false);
    }

    /** Counts how many bytes were read from it. */
    private static final class CountingStream extends ByteArrayInputStream {
        long read;

        CountingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] buffer, int offset, int length) {
            int n = super.read(buffer, offset, length);
            read += Math.max(n, 0);
            return n;
        }

        @Override
        public synchronized int read() {
            int b = super.read();
            read += b < 0 ? 0 : 1;
            return b;
        }
    }
}
