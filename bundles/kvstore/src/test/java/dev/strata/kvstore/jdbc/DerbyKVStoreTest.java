package dev.strata.kvstore.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The KV contract on embedded Derby, plus what only Derby does: files, sharing, shutdown. */
class DerbyKVStoreTest extends KVStoreContract {

    @TempDir
    static Path folder;

    /** Keeps the class's database booted between tests, so each test does not pay for a boot. */
    private static JdbcKVStore keeper;

    @BeforeAll
    static void bootDatabase() {
        keeper = JdbcKVStore.open(derby(folder, "db", "keeper").build(), Clock.systemUTC());
    }

    @AfterAll
    static void shutDownDatabase() {
        keeper.close();
    }

    static StoreSettingsBuilder derby(Path dataFolder, String dbPath, String namespace) {
        return StoreSettings.builder("test", BackendType.KV_DERBY)
                .dataFolder(dataFolder)
                .dbPath(dbPath)
                .namespace(namespace);
    }

    @Override
    StoreSettingsBuilder settings(String namespace) {
        return derby(folder, "db", namespace);
    }

    @Test
    void aRelativeDbPathLandsInTheDataFolder(@TempDir Path data) {
        try (JdbcKVStore relative =
                JdbcKVStore.open(derby(data, "stores/kv", "n").build(), clock)) {
            relative.set("k", bytes("v"));

            assertThat(relative.settings().dbPath()).isEqualTo(data.resolve("stores/kv"));
            assertThat(data.resolve("stores/kv/service.properties")).exists();
        }
    }

    @Test
    void closingTheLastStoreShutsTheDatabaseDownCleanly(@TempDir Path data) {
        Path database = data.resolve("kv");
        JdbcKVStore first = JdbcKVStore.open(derby(data, "kv", "a").build(), clock);
        JdbcKVStore second = JdbcKVStore.open(derby(data, "kv", "b").build(), clock);
        first.set("k", bytes("v"));

        first.close();
        second.set("still", bytes("works"));
        assertThat(database.resolve("db.lck")).exists();
        second.close();

        // Derby removes its lock file only on a clean shutdown
        assertThat(database.resolve("db.lck")).doesNotExist();
        try (JdbcKVStore reopened = JdbcKVStore.open(derby(data, "kv", "a").build(), clock)) {
            assertThat(reopened.get("k")).isPresent();
        }
    }

    @Test
    void theDatabaseLogStaysOutOfTheWorkingDirectory() {
        assertThat(Path.of("derby.log")).doesNotExist();
        assertThat(Files.exists(Path.of(System.getProperty(DerbyLog.ERROR_FILE))))
                .isTrue();
    }
}
