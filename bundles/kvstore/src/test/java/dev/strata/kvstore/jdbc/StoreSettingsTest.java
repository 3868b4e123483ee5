package dev.strata.kvstore.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every bad setting is refused with the store, the setting, the value and the fix. */
class StoreSettingsTest {

    private static final Path DATA = Path.of("/srv/strata/data");

    private static StoreSettingsBuilder derby() {
        return StoreSettings.builder("kv_default", BackendType.KV_DERBY).dataFolder(DATA);
    }

    private static StoreSettingsBuilder postgres() {
        return StoreSettings.builder("shared", BackendType.KV_POSTGRES).url("jdbc:postgresql://db:5432/strata");
    }

    @Test
    void aRelativeDbPathResolvesAgainstTheDataFolder() {
        assertThat(derby().dbPath("kvstore").build().dbPath()).isEqualTo(Path.of("/srv/strata/data/kvstore"));
        assertThat(derby().dbPath("a/../b").build().dbPath()).isEqualTo(Path.of("/srv/strata/data/b"));
        assertThat(derby().dbPath("/var/lib/kv").build().dbPath()).isEqualTo(Path.of("/var/lib/kv"));
    }

    @Test
    void theDataFolderIsKarafDataOrDataInTheWorkingDirectory() {
        assertThat(DataFolder.of("/opt/karaf/data", Path.of("/home/x"))).isEqualTo(Path.of("/opt/karaf/data"));
        assertThat(DataFolder.of(null, Path.of("/home/x"))).isEqualTo(Path.of("/home/x/data"));
        assertThat(DataFolder.of(" ", Path.of("/home/x"))).isEqualTo(Path.of("/home/x/data"));
    }

    @Test
    void anUnknownBackendTypeIsRefused() {
        assertThatThrownBy(() -> BackendType.of("kv_mysql", "kv_default"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("KV store 'kv_default' has backend type 'kv_mysql', which is not a KV backend;"
                        + " use one of kv_derby, kv_postgres");
    }

    @Test
    void postgresNeedsAPostgresUrl() {
        assertThatThrownBy(() -> postgres().url("").build())
                .hasMessage("KV store 'shared': url is missing for backend kv_postgres; set url to a JDBC URL"
                        + " such as jdbc:postgresql://localhost:5432/strata");
        assertThatThrownBy(() -> postgres().url("jdbc:mysql://db/strata").build())
                .hasMessage("KV store 'shared': url 'jdbc:mysql://db/strata' is not a PostgreSQL JDBC URL;"
                        + " use the form jdbc:postgresql://HOST:PORT/DATABASE");
    }

    @Test
    void badNamespacesAreRefused() {
        assertThatThrownBy(() -> derby().namespace("").build())
                .hasMessageStartingWith("KV store 'kv_default': namespace is '';");
        assertThatThrownBy(() -> derby().namespace(null).build()).hasMessageContaining("namespace is missing");
        assertThatThrownBy(() -> derby().namespace("n".repeat(129)).build())
                .hasMessageContaining("is 129 characters long; use at most 128 characters");
    }

    @Test
    void badLimitsAreRefused() {
        assertThatThrownBy(() -> derby().maxValueBytes(0).build())
                .hasMessage("KV store 'kv_default': max.value.bytes is 0; use a size from 1 to 268435456 bytes");
        assertThatThrownBy(() -> derby().poolSize(0).build()).hasMessageContaining("pool.size is 0");
        assertThatThrownBy(() -> derby().connectTimeout(Duration.ZERO).build())
                .hasMessageContaining("use 1 second or more");
        assertThatThrownBy(() -> derby().purgeInterval(Duration.ofMillis(10)).build())
                .hasMessageContaining("purge.interval.seconds");
    }

    @Test
    void badDbPathsAndProviderIdsAreRefused() {
        assertThatThrownBy(() -> derby().dbPath(" ").build())
                .hasMessageStartingWith("KV store 'kv_default': db.path is ' '; set the folder of the Derby database");
        assertThatThrownBy(() -> derby().dbPath("kv;create=false").build()).hasMessageContaining("contains ';'");
        assertThatThrownBy(
                        () -> StoreSettings.builder(" ", BackendType.KV_DERBY).build())
                .hasMessageContaining("provider.id is ' '; give every KV store a non-blank provider id");
    }

    @Test
    void theLocationNamesTheDatabase() {
        assertThat(derby().build().location()).isEqualTo("Derby database at /srv/strata/data/kvstore");
        assertThat(postgres().build().location()).isEqualTo("PostgreSQL at jdbc:postgresql://db:5432/strata");
    }
}
