package dev.strata.files.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.files.FileInfo;
import dev.strata.api.kvstore.KVStoreException;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the KV store fails while metadata is written, metadata never outlives its blob. */
class StoreFailureTest {

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
    void aWriteWhoseAnswerWasLostButWhichTookEffectKeepsTheFile() throws IOException {
        fixture.kv.failAfterWrites(true);

        FileInfo file = fixture.upload("committed", "committed.txt");

        fixture.kv.failAfterWrites(false);
        assertThat(fixture.files.get(file.id())).contains(file);
        assertThat(fixture.read(file.id())).isEqualTo("committed".getBytes(UTF_8));
    }

    @Test
    void aStoreThatCannotBeReadBackLeavesTheBlobForTheNextCleanUp() throws IOException {
        fixture.kv.failWrites(true);
        fixture.kv.failReads(true);

        assertThatThrownBy(() -> fixture.upload("unknown fate", "fate.txt"))
                .isInstanceOf(KVStoreException.class)
                .hasMessage("the test store is down; bring it back with failWrites(false)")
                .satisfies(failure -> assertThat(failure.getSuppressed())
                        .singleElement()
                        .hasToString(KVStoreException.class.getName()
                                + ": the test store cannot be read; bring it back with failReads(false)"));
        assertThat(fixture.folderNames()).hasSize(1);

        fixture.kv.failWrites(false);
        fixture.kv.failReads(false);
        assertThat(fixture.files.removeLeftovers()).isEqualTo(1);
        assertThat(fixture.folderNames()).isEmpty();
        assertThat(fixture.kv.dump()).isEmpty();
    }
}
