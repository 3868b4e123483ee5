package dev.strata.files.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.common.PageRequest.Order;
import dev.strata.api.files.FileInfo;
import dev.strata.api.files.FilePurpose;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files list by creation time, newest first unless asked otherwise, a page at a time through
 * {@code after} and {@code before} cursors. The clock is moved by hand; some files share a
 * millisecond, so ties must be ordered too.
 */
class ListingTest {

    @TempDir
    Path data;

    private FilesFixture fixture;

    /** Oldest first: 30 files, in pairs that share a millisecond, purposes alternating. */
    private final List<FileInfo> created = new ArrayList<>();

    @BeforeEach
    void upload() throws IOException {
        fixture = new FilesFixture(data);
        for (int i = 0; i < 30; i++) {
            FilePurpose purpose = i % 3 == 0 ? FilePurpose.BATCH : FilePurpose.ASSISTANTS;
            created.add(fixture.upload(("file " + i).getBytes(UTF_8), "f" + i + ".txt", purpose, null));
            if (i % 2 == 1) {
                fixture.clock.advance(Duration.ofMillis(1));
            }
        }
        created.sort(Comparator.comparing(FileInfo::createdAt).thenComparing(FileInfo::id));
    }

    @AfterEach
    void close() throws IOException {
        fixture.close();
    }

    @Test
    void theFirstPageHoldsTheNewestFiles() {
        Page<FileInfo> page = fixture.files.list(null, PageRequest.ofLimit(5));

        assertThat(page.data()).containsExactlyElementsOf(newestFirst().subList(0, 5));
        assertThat(page.hasMore()).isTrue();
        assertThat(page.firstId()).isEqualTo(newestFirst().get(0).id());
        assertThat(page.lastId()).isEqualTo(newestFirst().get(4).id());
    }

    @Test
    void pagingWithAfterVisitsEveryFileOnceNewestFirst() {
        assertThat(walkAfter(null, Order.DESC, 7)).containsExactlyElementsOf(newestFirst());
    }

    @Test
    void pagingWithAfterVisitsEveryFileOnceOldestFirst() {
        assertThat(walkAfter(null, Order.ASC, 4)).containsExactlyElementsOf(created);
    }

    @Test
    void theLastPageSaysThereIsNoMore() {
        Page<FileInfo> page =
                fixture.files.list(null, new PageRequest(5, created.get(4).id(), null, Order.DESC));

        assertThat(page.data()).containsExactlyElementsOf(reversed(created.subList(0, 4)));
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void beforeReturnsTheFilesClosestToItsCursorInTheRequestedOrder() {
        String cursor = newestFirst().get(10).id();

        Page<FileInfo> page = fixture.files.list(null, new PageRequest(3, null, cursor, Order.DESC));

        assertThat(page.data()).containsExactlyElementsOf(newestFirst().subList(7, 10));
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void beforeAtTheStartOfTheListSaysThereIsNoMore() {
        String cursor = newestFirst().get(2).id();

        Page<FileInfo> page = fixture.files.list(null, new PageRequest(5, null, cursor, Order.DESC));

        assertThat(page.data()).containsExactlyElementsOf(newestFirst().subList(0, 2));
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void afterAndBeforeTogetherBoundThePage() {
        Page<FileInfo> page = fixture.files.list(
                null, new PageRequest(100, created.get(3).id(), created.get(8).id(), Order.ASC));

        assertThat(page.data()).containsExactlyElementsOf(created.subList(4, 8));
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void aPurposeFilterKeepsOnlyItsFilesAndPagesThroughThem() {
        List<FileInfo> batch = newestFirst().stream()
                .filter(file -> file.purpose() == FilePurpose.BATCH)
                .toList();

        List<FileInfo> seen = new ArrayList<>();
        String after = null;
        Page<FileInfo> page;
        do {
            page = fixture.files.list(FilePurpose.BATCH, new PageRequest(3, after, null, Order.DESC));
            seen.addAll(page.data());
            after = page.lastId();
        } while (page.hasMore());

        assertThat(batch).hasSize(10);
        assertThat(seen).containsExactlyElementsOf(batch);
        assertThat(fixture.files.list(FilePurpose.VISION, PageRequest.first())).isEqualTo(Page.empty());
    }

    @Test
    void aCursorNamingADeletedFileGivesAnEmptyPage() {
        String cursor = created.get(10).id();
        fixture.files.delete(cursor);

        assertThat(fixture.files.list(null, PageRequest.first().withAfter(cursor)))
                .isEqualTo(Page.empty());
        assertThat(fixture.files.list(null, new PageRequest(5, null, cursor, Order.DESC)))
                .isEqualTo(Page.empty());
        assertThat(fixture.files.list(null, PageRequest.first().withAfter("file-../x")))
                .isEqualTo(Page.empty());
    }

    @Test
    void deletedFilesLeaveTheList() {
        FileInfo deleted = created.get(15);
        fixture.files.delete(deleted.id());

        List<FileInfo> expected = new ArrayList<>(newestFirst());
        expected.remove(deleted);
        assertThat(walkAfter(null, Order.DESC, 100)).containsExactlyElementsOf(expected);
    }

    @Test
    void expiredFilesLeaveTheListBeforeThePurgeRemovesThem() throws IOException {
        FileInfo expiring =
                fixture.upload("short-lived".getBytes(UTF_8), "short.txt", FilePurpose.BATCH, Duration.ofHours(1));

        assertThat(fixture.files.list(null, PageRequest.ofLimit(1)).data()).containsExactly(expiring);

        fixture.clock.advance(Duration.ofHours(1));

        assertThat(walkAfter(null, Order.DESC, 100)).containsExactlyElementsOf(newestFirst());
        assertThat(fixture.folderNames()).contains(expiring.id());
    }

    private List<FileInfo> newestFirst() {
        return reversed(created);
    }

    private static List<FileInfo> reversed(List<FileInfo> files) {
        List<FileInfo> copy = new ArrayList<>(files);
        Collections.reverse(copy);
        return copy;
    }

    private List<FileInfo> walkAfter(String after, Order order, int limit) {
        List<FileInfo> seen = new ArrayList<>();
        Page<FileInfo> page;
        do {
            page = fixture.files.list(null, new PageRequest(limit, after, null, order));
            seen.addAll(page.data());
            after = page.lastId();
        } while (page.hasMore());
        return seen;
    }
}
