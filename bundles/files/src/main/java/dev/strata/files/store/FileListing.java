package dev.strata.files.store;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.files.FileInfo;
import dev.strata.api.files.FilePurpose;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lists files for {@link dev.strata.api.files.Files#list}: a walk over one of the catalog's two
 * orders, from a cursor, reading the record of each entry whose purpose matches and leaving out
 * expired files.
 *
 * <p>{@code after} continues in the requested order from its file. {@code before} must return
 * the files closest to its file, so the walk goes the other way from it and the page is turned
 * round; its {@code hasMore} then says whether more files lie beyond the page in that direction.
 * A cursor naming a file that is gone or expired gives an empty page, as {@link PageRequest}
 * says. The purge bounds how many expired files a walk steps over.
 */
final class FileListing {

    private static final int MIN_BATCH = 50;

    private final FileCatalog catalog;
    private final Function<String, Optional<FileInfo>> live;

    /** @param live a file's metadata if it exists and has not expired */
    FileListing(FileCatalog catalog, Function<String, Optional<FileInfo>> live) {
        this.catalog = catalog;
        this.live = live;
    }

    Page<FileInfo> list(FilePurpose purposeOrNull, PageRequest page) {
        FileInfo after = cursor(page.after());
        FileInfo before = cursor(page.before());
        if ((page.after() != null && after == null) || (page.before() != null && before == null)) {
            return Page.empty();
        }
        boolean reversed = before != null;
        boolean oldestFirst = reversed == (page.order() == PageRequest.Order.DESC);
        List<FileInfo> found = walk(
                purposeOrNull,
                oldestFirst,
                position(oldestFirst, reversed ? before : after),
                position(oldestFirst, reversed ? after : before),
                page.limit() + 1);
        boolean hasMore = found.size() > page.limit();
        List<FileInfo> items = new ArrayList<>(found.subList(0, Math.min(page.limit(), found.size())));
        if (reversed) {
            Collections.reverse(items);
        }
        return Page.of(items, hasMore, FileInfo::id);
    }

    /** The live file a cursor names, or {@code null} for no cursor or a file that is gone. */
    private FileInfo cursor(String id) {
        return id != null && FileIds.isWellFormed(id) ? live.apply(id).orElse(null) : null;
    }

    private static String position(boolean oldestFirst, FileInfo fileOrNull) {
        return fileOrNull == null ? null : FileCatalog.position(oldestFirst, fileOrNull);
    }

    private List<FileInfo> walk(FilePurpose purpose, boolean oldestFirst, String from, String to, int wanted) {
        List<FileInfo> found = new ArrayList<>();
        int batch = Math.max(wanted, MIN_BATCH);
        String cursor = from;
        List<FileCatalog.Indexed> entries;
        do {
            entries = catalog.walk(oldestFirst, cursor, to, batch);
            for (FileCatalog.Indexed entry : entries) {
                cursor = entry.key();
                if (purpose != null && purpose != entry.purpose()) {
                    continue;
                }
                Optional<FileInfo> file = live.apply(entry.id());
                if (file.isPresent() && found.add(file.get()) && found.size() == wanted) {
                    return found;
                }
            }
        } while (entries.size() == batch);
        return found;
    }
}
