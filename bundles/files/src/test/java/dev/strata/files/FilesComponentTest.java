package dev.strata.files;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.files.FileInfo;
import dev.strata.api.files.FilePurpose;
import dev.strata.files.store.DataFolder;
import dev.strata.files.store.FileSettings;
import dev.strata.kvstore.jdbc.BackendType;
import dev.strata.kvstore.jdbc.JdbcKVStore;
import dev.strata.kvstore.jdbc.StoreSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The component turns its configuration into a provider, serves files from a real KV store
 * (embedded Derby), purges on its schedule and stops cleanly.
 */
class FilesComponentTest {

    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    @TempDir
    Path data;

    private JdbcKVStore kv;

    @BeforeEach
    void openStore() {
        kv = JdbcKVStore.open(
                StoreSettings.builder("kv_default.files", BackendType.KV_DERBY)
                        .namespace("files")
                        .dbPath(data.resolve("kv").toString())
                        .dataFolder(data)
                        .build(),
                Clock.systemUTC());
    }

    @AfterEach
    void closeStore() {
        kv.close();
    }

    private FileSettings settings(Map<String, Object> values) {
        Map<String, Object> all = new java.util.HashMap<>(Map.of("provider_id", "localfs"));
        all.putAll(values);
        all.putIfAbsent("storage_dir", data.resolve("files").toString());
        return FilesComponent.settings(Configs.of(all));
    }

    @Test
    void theConfigurationBecomesTheProvidersSettings() {
        FileSettings settings = settings(Map.of("max_file_bytes", 10L, "purge_interval_seconds", 5));

        assertThat(settings.providerId()).isEqualTo("localfs");
        assertThat(settings.folder()).isEqualTo(data.resolve("files"));
        assertThat(settings.maxFileBytes()).isEqualTo(10);
        assertThat(settings.purgeInterval()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void theDefaultsKeepBlobsInTheDataFolderUpTo512MiB() {
        FileSettings settings = FilesComponent.settings(Configs.of(Map.of("provider_id", "localfs")));

        assertThat(settings.folder()).isEqualTo(DataFolder.current().resolve("files"));
        assertThat(settings.maxFileBytes()).isEqualTo(512L * 1024 * 1024);
        assertThat(settings.purgeInterval()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aBadConfigurationFailsActivationNamingTheFix() {
        assertThatThrownBy(() -> settings(Map.of("max_file_bytes", -1L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("files provider 'localfs': max_file_bytes is -1; use 1 or more bytes,"
                        + " such as 536870912 (512 MiB)");
    }

    @Test
    void filesPageThroughARealStoreNewestFirst() throws Exception {
        FilesComponent component =
                new FilesComponent(settings(Map.of()), kv, new StepClock(START), new FakeScheduling());
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            created.add(upload(component, "file " + i, null).id());
        }

        List<String> listed = new ArrayList<>();
        String after = null;
        Page<FileInfo> page;
        do {
            page = component.list(null, new PageRequest(5, after, null, null));
            page.data().forEach(file -> listed.add(file.id()));
            after = page.lastId();
        } while (page.hasMore());

        java.util.Collections.reverse(created);
        assertThat(listed).isEqualTo(created);
        try (InputStream content = component.content(created.get(0))) {
            assertThat(content.readAllBytes()).isEqualTo("file 11".getBytes(UTF_8));
        }
        assertThat(component.delete(created.get(0))).isTrue();
        assertThat(component.get(created.get(0))).isEmpty();
        component.deactivate();
    }

    @Test
    void theFirstPurgeRemovesCrashLeftoversAndLaterOnesExpiredFiles() throws Exception {
        FileSettings settings = settings(Map.of("purge_interval_seconds", 30));
        Path leftover = settings.folder().resolve("file-00000000000000000000000a.upload");
        Files.createDirectories(settings.folder());
        Files.writeString(leftover, "half written before a crash");
        FakeScheduling scheduling = new FakeScheduling();
        StepClock clock = new StepClock(START);
        FilesComponent component = new FilesComponent(settings, kv, clock, scheduling);
        Path expiring = settings.folder()
                .resolve(upload(component, "soon gone", Duration.ofMinutes(1)).id());

        scheduling.task.run();

        assertThat(scheduling.interval).isEqualTo(Duration.ofSeconds(30));
        assertThat(leftover).doesNotExist();
        assertThat(expiring).exists();

        clock.jump(Duration.ofMinutes(1));
        scheduling.task.run();

        assertThat(expiring).doesNotExist();
        component.deactivate();
        assertThat(scheduling.stopped).isTrue();
    }

    @Test
    void deactivationReleasesTheFolderForTheNextProvider() throws Exception {
        FileSettings settings = settings(Map.of());
        FilesComponent first = new FilesComponent(settings, kv, Clock.systemUTC(), new FakeScheduling());

        assertThatThrownBy(() -> new FilesComponent(settings, kv, Clock.systemUTC(), new FakeScheduling()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("another files provider or process has it open");

        first.deactivate();
        new FilesComponent(settings, kv, Clock.systemUTC(), new FakeScheduling()).deactivate();
    }

    @Test
    void aFailingPurgeIsLoggedNotThrown() throws Exception {
        FakeScheduling scheduling = new FakeScheduling();
        FilesComponent component = new FilesComponent(settings(Map.of()), kv, Clock.systemUTC(), scheduling);
        kv.close();

        scheduling.task.run();
        scheduling.task.run();

        component.deactivate();
        openStore();
    }

    private static FileInfo upload(FilesComponent component, String text, Duration expiresAfter) throws IOException {
        return component.create(
                new ByteArrayInputStream(text.getBytes(UTF_8)), "f.txt", FilePurpose.ASSISTANTS, expiresAfter);
    }

    /**
     * A clock one millisecond later at every reading, so that each file has its own creation time,
     * and later still when the test moves it.
     */
    private static final class StepClock extends Clock {
        private Instant now;

        StepClock(Instant start) {
            this.now = start;
        }

        synchronized void jump(Duration step) {
            now = now.plus(step);
        }

        @Override
        public synchronized Instant instant() {
            now = now.plusMillis(1);
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
