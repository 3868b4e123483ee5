package dev.strata.files.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A blob appears under its id only when committed, and a folder serves one provider. */
class BlobFolderTest {

    private static final String ID = "file-0123456789abcdef01234567";

    @TempDir
    Path data;

    @Test
    void aBlobIsUnderItsTemporaryNameUntilCommitted() throws IOException {
        try (BlobFolder blobs = BlobFolder.open("localfs", data.resolve("files"))) {
            try (BlobFolder.Upload upload = blobs.receive(ID, new ByteArrayInputStream("abc".getBytes(UTF_8)), 10)) {
                assertThat(upload.bytes()).isEqualTo(3);
                assertThat(blobs.names()).containsExactly(ID + ".upload");

                upload.commit();
            }

            assertThat(blobs.names()).containsExactly(ID);
            assertThat(blobs.open(ID).readAllBytes()).isEqualTo("abc".getBytes(UTF_8));
        }
    }

    @Test
    void anUploadClosedWithoutCommitLeavesNothing() throws IOException {
        try (BlobFolder blobs = BlobFolder.open("localfs", data.resolve("files"))) {
            blobs.receive(ID, new ByteArrayInputStream("abc".getBytes(UTF_8)), 10)
                    .close();

            assertThat(blobs.names()).isEmpty();
        }
    }

    @Test
    void aFolderInUseIsRefusedToASecondProviderUntilReleased() throws IOException {
        Path folder = data.resolve("files");
        try (BlobFolder first = BlobFolder.open("first", folder)) {
            assertThatThrownBy(() -> BlobFolder.open("second", folder))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("files provider 'second' cannot use the folder " + folder
                            + ": another files provider or process has it open; stop that one,"
                            + " or give this provider its own storage_dir");
        }
        BlobFolder.open("second", folder).close();
    }

    @Test
    void onlyBlobNamesAreListed() throws IOException {
        Path folder = data.resolve("files");
        try (BlobFolder blobs = BlobFolder.open("localfs", folder)) {
            Files.writeString(folder.resolve("notes.txt"), "x");
            Files.writeString(folder.resolve("file-XYZ"), "x");
            Files.writeString(folder.resolve(ID), "x");

            assertThat(blobs.names()).containsExactly(ID);
        }
    }
}
