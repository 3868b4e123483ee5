package dev.strata.scheduler.engine;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.scheduler.JobInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which way to walk the ids for a page, and how to turn what was found into the page.
 *
 * <p>Ids sort by creation, so every page is a walk over ids from a cursor. {@code after}
 * continues in the requested order from its id. {@code before} must return the items closest
 * to its id, so the walk goes the other way from it and the page is turned round; its {@code
 * hasMore} then says whether more items lie beyond the page in that direction, the one a client
 * pages in with {@code before}.
 *
 * @param ascending whether the walk goes from old to new ids
 * @param from the id the walk starts after, or {@code null} for the end it starts from
 * @param to the id the walk stops before, or {@code null} to walk to the end
 * @param reversed whether the page is turned round after the walk
 */
record ListScan(boolean ascending, String from, String to, boolean reversed) {

    static ListScan of(PageRequest page) {
        boolean newestFirst = page.order() == PageRequest.Order.DESC;
        if (page.before() == null) {
            return new ListScan(!newestFirst, page.after(), null, false);
        }
        return new ListScan(newestFirst, page.before(), page.after(), true);
    }

    /** Makes the page from up to {@code limit + 1} items found in walk order. */
    Page<JobInfo> toPage(List<JobInfo> found, int limit) {
        boolean hasMore = found.size() > limit;
        List<JobInfo> items = new ArrayList<>(found.subList(0, Math.min(limit, found.size())));
        if (reversed) {
            Collections.reverse(items);
        }
        return Page.of(items, hasMore, JobInfo::id);
    }
}
