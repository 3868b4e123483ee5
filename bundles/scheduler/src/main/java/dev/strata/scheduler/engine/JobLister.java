package dev.strata.scheduler.engine;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobQuery;
import dev.strata.api.scheduler.JobStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * Lists jobs for {@link dev.strata.api.scheduler.JobScheduler#list}.
 *
 * <p>Pending and running jobs are listed from memory, which holds all of them in id order.
 * Other queries walk the store: oldest first over the records themselves, newest first over
 * the {@code desc/} keys, whose values (the types) filter by type before any record is read. A
 * filter on a finished status or on metadata reads records in order until the page is full, so
 * its cost grows with the retained jobs that do not match; the retention period bounds it.
 */
final class JobLister {

    private static final int MIN_BATCH = 50;

    private final JobTable table;
    private final JobStore store;

    JobLister(JobTable table, JobStore store) {
        this.table = table;
        this.store = store;
    }

    Page<JobInfo> list(JobQuery query) {
        PageRequest page = query.page();
        if (!exists(page.after()) || !exists(page.before())) {
            return Page.empty();
        }
        ListScan scan = ListScan.of(page);
        int wanted = page.limit() + 1;
        List<JobInfo> found;
        if (query.status() == JobStatus.PENDING || query.status() == JobStatus.RUNNING) {
            found = fromMemory(query, scan, wanted);
        } else if (scan.ascending()) {
            found = oldestFirst(query, scan, wanted);
        } else {
            found = newestFirst(query, scan, wanted);
        }
        return scan.toPage(found, page.limit());
    }

    private boolean exists(String cursor) {
        return cursor == null || table.get(cursor).isPresent();
    }

    private List<JobInfo> fromMemory(JobQuery query, ListScan scan, int wanted) {
        NavigableMap<String, ActiveJob> jobs =
                scan.ascending() ? table.activeJobs() : table.activeJobs().descendingMap();
        if (scan.from() != null) {
            jobs = jobs.tailMap(scan.from(), false);
        }
        if (scan.to() != null) {
            jobs = jobs.headMap(scan.to(), false);
        }
        List<JobInfo> found = new ArrayList<>();
        for (ActiveJob job : jobs.values()) {
            if (JobTable.statusOf(job) == query.status()
                    && (query.type() == null || query.type().equals(job.type()))) {
                JobInfo view = table.view(job);
                if (view != null && matches(query, view) && found.add(view) && found.size() == wanted) {
                    break;
                }
            }
        }
        return found;
    }

    private List<JobInfo> oldestFirst(JobQuery query, ListScan scan, int wanted) {
        List<JobInfo> found = new ArrayList<>();
        int batch = Math.max(wanted, MIN_BATCH);
        String cursor = scan.from();
        List<StoredJob> records;
        do {
            records = store.oldestFirst(cursor, scan.to(), batch);
            for (StoredJob record : records) {
                JobInfo current = current(record);
                if (matches(query, current) && found.add(current) && found.size() == wanted) {
                    return found;
                }
                cursor = record.id();
            }
        } while (records.size() == batch);
        return found;
    }

    private List<JobInfo> newestFirst(JobQuery query, ListScan scan, int wanted) {
        List<JobInfo> found = new ArrayList<>();
        int batch = Math.max(wanted, MIN_BATCH);
        String cursor = scan.from();
        List<JobStore.Listed> listed;
        do {
            listed = store.newestFirst(cursor, scan.to(), batch);
            for (JobStore.Listed job : listed) {
                cursor = job.id();
                if (query.type() != null && !query.type().equals(job.type())) {
                    continue;
                }
                Optional<JobInfo> current = table.get(job.id());
                if (current.isPresent()
                        && matches(query, current.get())
                        && found.add(current.get())
                        && found.size() == wanted) {
                    return found;
                }
            }
        } while (listed.size() == batch);
        return found;
    }

    /** A stored record, or the fresher view memory holds of it while the job is active. */
    private JobInfo current(StoredJob record) {
        ActiveJob job = table.active(record.id());
        JobInfo view = job == null ? null : table.view(job);
        return view == null ? record.info() : view;
    }

    private static boolean matches(JobQuery query, JobInfo job) {
        return (query.type() == null || query.type().equals(job.type()))
                && (query.status() == null || query.status() == job.status())
                && JsonMatch.containsAll(job.metadata(), query.metadata());
    }
}
