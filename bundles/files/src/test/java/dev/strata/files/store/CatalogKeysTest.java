package dev.strata.files.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.files.FileInfo;
import dev.strata.api.files.FilePurpose;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The newest-first keys sort exactly the other way round from the oldest-first keys. */
class CatalogKeysTest {

    @Test
    void newestFirstIsTheExactReverseOfOldestFirstTiesIncluded() {
        FileIds ids = new FileIds(new Random(42));
        List<FileInfo> files = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Instant created = Instant.ofEpochMilli(1_900_000_000_000L + i / 3);
            files.add(new FileInfo(ids.next(), "f.txt", 1, FilePurpose.BATCH, created, null));
        }

        List<String> oldestFirst = files.stream()
                .sorted(Comparator.comparing(CatalogKeys::oldestFirst))
                .map(FileInfo::id)
                .toList();
        List<String> newestFirst = files.stream()
                .sorted(Comparator.comparing(CatalogKeys::newestFirst))
                .map(FileInfo::id)
                .toList();

        List<String> reversed = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(reversed);
        assertThat(reversed).isEqualTo(oldestFirst);
        assertThat(oldestFirst)
                .isEqualTo(files.stream()
                        .sorted(Comparator.comparing(FileInfo::createdAt).thenComparing(FileInfo::id))
                        .map(FileInfo::id)
                        .toList());
    }

    @Test
    void theIdComesBackFromEveryIndexKey() {
        FileInfo file = new FileInfo(
                "file-0123456789abcdef01234567",
                "f.txt",
                1,
                FilePurpose.BATCH,
                Instant.parse("2030-01-01T00:00:00Z"),
                Instant.parse("2030-01-02T00:00:00Z"));

        assertThat(CatalogKeys.oldestFirst(file)).isEqualTo("asc/01b8dac5b400/file-0123456789abcdef01234567");
        assertThat(CatalogKeys.newestFirst(file)).isEqualTo("desc/fe47253a4bff/file-fedcba9876543210fedcba98");
        assertThat(CatalogKeys.idOf(CatalogKeys.oldestFirst(file))).isEqualTo(file.id());
        assertThat(CatalogKeys.idOf(CatalogKeys.newestFirst(file))).isEqualTo(file.id());
        assertThat(CatalogKeys.idOf(CatalogKeys.expiry(file))).isEqualTo(file.id());
    }
}
