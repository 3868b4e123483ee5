package dev.strata.files.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.files.FileInfo;
import dev.strata.api.files.FilePurpose;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a crash leaves in the folder, a temporary blob or a blob whose metadata was never
 * written, is removed; files with metadata, other names, and uploads still running are kept.
 */
class LeftoversTest {

    private static final String ORPHAN = "file-00000000000000000000000a";

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
    void blobsWithoutMetadataAndTemporaryBlobsAreRemoved() throws IOException {
        FileInfo kept = fixture.upload("kept", "kept.txt");
        Files.writeString(fixture.folder.resolve(ORPHAN), "no metadata");
        Files.writeString(fixture.folder.resolve("file-00000000000000000000000b.upload"), "half writ");
        Files.writeString(fixture.folder.resolve("README"), "not a blob");

        assertThat(fixture.files.removeLeftovers()).isEqualTo(2);

        assertThat(fixture.folderNames()).containsExactlyInAnyOrder(kept.id(), "README");
        assertThat(fixture.read(kept.id())).isEqualTo("kept".getBytes(UTF_8));
    }

    @Test
    void anUploadStillRunningIsLeftAlone() throws IOException {
        int[] removedMidway = new int[1];
        InputStream content = new ByteArrayInputStream("uploading".getBytes(UTF_8)) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                int n = super.read(buffer, offset, length);
                if (n < 0) {
                    try {
                        removedMidway[0] = fixture.files.removeLeftovers();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return n;
            }
        };

        FileInfo file = fixture.files.create(content, "slow.txt", FilePurpose.ASSISTANTS, null);

        assertThat(removedMidway[0]).isZero();
        assertThat(fixture.read(file.id())).isEqualTo("uploading".getBytes(UTF_8));
    }
}
