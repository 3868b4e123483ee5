package dev.strata.kvstore;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.kvstore.KVStoreException;
import dev.strata.kvstore.jdbc.JdbcKVStore;
import dev.strata.kvstore.jdbc.StoreSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The component turns its configuration into a store, purges on its schedule, and stops cleanly. */
class KVStoreComponentTest {

    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    @TempDir
    Path data;

    private StoreSettings settings(Map<String, Object> values) {
        Map<String, Object> all = new HashMap<>(Map.of("provider_id", "kv_default"));
        all.putAll(values);
        all.putIfAbsent("db_path", data.resolve("kv").toString());
        return KVStoreComponent.settings(Configs.of(all));
    }

    @Test
    void theConfigurationBecomesTheStoresSettings() {
        StoreSettings settings =
                settings(Map.of("namespace", "jobs", "max_value_bytes", 10, "purge_interval_seconds", 5));

        assertThat(settings.providerId()).isEqualTo("kv_default");
        assertThat(settings.namespace()).isEqualTo("jobs");
        assertThat(settings.dbPath()).isEqualTo(data.resolve("kv"));
        assertThat(settings.maxValueBytes()).isEqualTo(10);
        assertThat(settings.purgeInterval()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void anUnknownBackendTypeFailsActivationNamingTheFix() {
        assertThatThrownBy(() -> settings(Map.of("provider_type", "kv_redis")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'kv_redis', which is not a KV backend; use one of kv_derby, kv_postgres");
    }

    @Test
    void aPostgresStoreWithoutUrlFailsActivationNamingTheFix() {
        assertThatThrownBy(() -> settings(Map.of("provider_type", "kv_postgres")))
                .hasMessageContaining("url is missing for backend kv_postgres");
    }

    @Test
    void theStorePurgesExpiredEntriesOnItsScheduleAndStopsCleanly() throws Exception {
        StoreSettings settings = settings(Map.of("purge_interval_seconds", 30));
        Clock clock = Clock.fixed(START.plusSeconds(60), ZoneOffset.UTC);
        FakeScheduling scheduling = new FakeScheduling();
        KVStoreComponent component = new KVStoreComponent(settings, clock, scheduling);

        try (JdbcKVStore probe = JdbcKVStore.open(settings, clock)) {
            component.set("expired", "v".getBytes(UTF_8), START);
            component.set("live", "v".getBytes(UTF_8));
            scheduling.task.run();

            assertThat(scheduling.interval).isEqualTo(Duration.ofSeconds(30));
            assertThat(probe.purgeExpired()).isZero();
            assertThat(component.keys(null, null, 10)).containsExactly("live");
        }
        component.deactivate();

        assertThat(scheduling.stopped).isTrue();
        assertThat(data.resolve("kv/db.lck")).doesNotExist();
    }

    @Test
    void aFailingPurgeIsLoggedNotThrown() {
        StoreSettings settings = settings(Map.of());
        JdbcKVStore store = JdbcKVStore.open(settings, Clock.systemUTC());
        store.close();

        ExpiryPurger purger = new ExpiryPurger(store);
        purger.run();
        purger.run();

        assertThatThrownBy(store::purgeExpired).isInstanceOf(KVStoreException.class);
    }
}
