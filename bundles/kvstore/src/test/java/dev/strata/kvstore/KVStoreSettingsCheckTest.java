package dev.strata.kvstore;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values Metatype lets through that the KV store refuses at activation. */
class KVStoreSettingsCheckTest {

    private final KVStoreSettingsCheck check = new KVStoreSettingsCheck();

    @Test
    void theDefaultsPass() {
        assertThatCode(() -> check.check(properties(Map.of()))).doesNotThrowAnyException();
    }

    @Test
    void aPoolAboveTheLimitIsRefused() {
        assertThatThrownBy(() -> check.check(properties(Map.of("pool.size", 500))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pool.size is 500; use 1 to 100 connections");
    }

    @Test
    void aDerbyPathWithASemicolonIsRefused() {
        assertThatThrownBy(() -> check.check(properties(Map.of("db.path", "kv;create=false"))))
                .hasMessageContaining("db.path 'kv;create=false' contains ';'");
    }

    @Test
    void postgresWithoutUrlIsRefused() {
        assertThatThrownBy(() -> check.check(properties(Map.of("provider.type", "kv_postgres"))))
                .hasMessageContaining("url is missing for backend kv_postgres");
    }

    private static Map<String, Object> properties(Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(Map.of("provider.id", "kv_default.jobs", "namespace", "jobs"));
        properties.putAll(settings);
        return properties;
    }
}
