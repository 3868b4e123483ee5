package dev.strata.files.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.common.PageRequest;
import dev.strata.api.files.FileInfo;
import dev.strata.api.files.FilePurpose;
import dev.strata.api.files.UnknownFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that expires reads as absent everywhere from its {@code expires_at} on, and the purge
 * removes its blob and metadata. Time moves only when the test moves it.
 */
class ExpiryTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @TempDir
    Path data;

    private FilesFixture fixture;
    private FileInfo expiring;
    private FileInfo lasting;

    @BeforeEach
    void upload() throws IOException {
        fixture = new FilesFixture(data);
        expiring = fixture.upload("for an hour".getBytes(UTF_8), "hour.txt", FilePurpose.BATCH, HOUR);
        lasting = fixture.upload("for ever".getBytes(UTF_8), "ever.txt", FilePurpose.BATCH, null);
    }

    @AfterEach
    void close() throws IOException {
        fixture.close();
    }

    @Test
    void aFileIsThereUntilTheLastMillisecondBeforeItExpires() throws IOException {
        fixture.clock.advance(HOUR.minusMillis(1));

        assertThat(fixture.files.get(expiring.id())).contains(expiring);
        assertThat(fixture.read(expiring.id())).isEqualTo("for an hour".getBytes(UTF_8));
        assertThat(fixture.files.purgeExpired()).isZero();
    }

    @Test
    void anExpiredFileReadsAsAbsentEverywhereBeforeThePurge() {
        fixture.clock.advance(HOUR);

        assertThat(fixture.files.get(expiring.id())).isEmpty();
        assertThatThrownBy(() -> fixture.files.content(expiring.id())).isInstanceOf(UnknownFileException.class);
        assertThat(fixture.files.list(null, PageRequest.first()).data()).containsExactly(lasting);
        assertThat(fixture.folderNames()).contains(expiring.id());
    }

    @Test
    void thePurgeRemovesTheBlobAndTheMetadataOfExpiredFilesOnly() throws IOException {
        fixture.clock.advance(HOUR);

        assertThat(fixture.files.purgeExpired()).isEqualTo(1);

        assertThat(fixture.folderNames()).containsExactly(lasting.id());
        assertThat(fixture.kv.dump().keySet())
                .noneMatch(key -> key.contains(expiring.id().substring(5)));
        assertThat(fixture.files.get(lasting.id())).contains(lasting);
        assertThat(fixture.read(lasting.id())).isEqualTo("for ever".getBytes(UTF_8));
        assertThat(fixture.files.purgeExpired()).isZero();
    }

    @Test
    void thePurgeWorksThroughMoreFilesThanOneBatch() throws IOException {
        for (int i = 0; i < 250; i++) {
            fixture.upload(("n" + i).getBytes(UTF_8), "n" + i + ".txt", FilePurpose.EVALS, Duration.ofMinutes(i + 1));
        }
        fixture.clock.advance(Duration.ofDays(1));

        assertThat(fixture.files.purgeExpired()).isEqualTo(251);

        assertThat(fixture.folderNames()).containsExactly(lasting.id());
    }

    @Test
    void deletingAnExpiredFileRemovesItAndReportsItAbsent() {
        fixture.clock.advance(HOUR);

        assertThat(fixture.files.delete(expiring.id())).isFalse();

        assertThat(fixture.folderNames()).containsExactly(lasting.id());
        assertThat(fixture.files.purgeExpired()).isZero();
    }

    @Test
    void aReaderThatOpenedTheContentBeforeThePurgeReadsItToTheEnd() throws IOException {
        try (InputStream open = fixture.files.content(expiring.id())) {
            fixture.clock.advance(HOUR);
            fixture.files.purgeExpired();

            assertThat(open.readAllBytes()).isEqualTo("for an hour".getBytes(UTF_8));
        }
    }
}
