package dev.strata.files.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Settings resolve the folder against the data folder and refuse bad values with the fix. */
class FileSettingsTest {

    private static final Path DATA = Path.of("/srv/strata/data");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void aRelativeFolderLandsInTheDataFolderAndAnAbsoluteOneStays() {
        assertThat(FileSettings.of("localfs", DATA, "files", 1, MINUTE).folder())
                .isEqualTo(DATA.resolve("files"));
        assertThat(FileSettings.of("localfs", DATA, "../blobs", 1, MINUTE).folder())
                .isEqualTo(Path.of("/srv/strata/blobs"));
        assertThat(FileSettings.of("localfs", DATA, "/var/lib/blobs", 1, MINUTE).folder())
                .isEqualTo(Path.of("/var/lib/blobs"));
    }

    @Test
    void theDataFolderIsKarafsOrDataUnderTheWorkingDirectory() {
        assertThat(DataFolder.of("/opt/karaf/data", Path.of("/tmp"))).isEqualTo(Path.of("/opt/karaf/data"));
        assertThat(DataFolder.of(null, Path.of("/tmp/work"))).isEqualTo(Path.of("/tmp/work/data"));
    }

    @Test
    void badValuesAreRefusedNamingTheSettingAndTheFix() {
        assertThatThrownBy(() -> FileSettings.of(" ", DATA, "files", 1, MINUTE))
                .hasMessage("files provider: provider_id is ' '; give every files provider a non-blank provider id");
        assertThatThrownBy(() -> FileSettings.of("localfs", DATA, "", 1, MINUTE))
                .hasMessage("files provider 'localfs': storage_dir is ''; set the folder of the file blobs,"
                        + " absolute or relative to the data folder /srv/strata/data");
        assertThatThrownBy(() -> FileSettings.of("localfs", DATA, "files", 0, MINUTE))
                .hasMessage("files provider 'localfs': max_file_bytes is 0; use 1 or more bytes,"
                        + " such as 536870912 (512 MiB)");
        assertThatThrownBy(() -> FileSettings.of("localfs", DATA, "files", 1, Duration.ZERO))
                .hasMessage("files provider 'localfs': purge_interval_seconds is 0; use 1 second or more");
        assertThatThrownBy(() -> FileSettings.of("localfs", DATA, "bad\u0000dir", 1, MINUTE))
                .hasMessageStartingWith("files provider 'localfs': storage_dir 'bad\u0000dir' is not a valid path");
    }
}
