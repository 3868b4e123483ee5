package dev.strata.files;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values Metatype lets through that the files provider refuses at activation. */
class FilesSettingsCheckTest {

    private final FilesSettingsCheck check = new FilesSettingsCheck();

    @Test
    void theDefaultsPass() {
        assertThatCode(() -> check.check(Map.of("provider.id", "localfs"))).doesNotThrowAnyException();
    }

    @Test
    void aBlankStorageFolderIsRefused() {
        assertThatThrownBy(() -> check.check(Map.of("provider.id", "localfs", "storage.dir", " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("storage_dir is ' '");
    }
}
