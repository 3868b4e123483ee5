package dev.strata.console.job;

import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobStatus;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.karaf.shell.support.table.ShellTable;

/** Counts jobs per type and status for {@code job:stats}. */
final class JobTally {

    private final Map<String, Map<JobStatus, Long>> counts = new TreeMap<>();
    private long jobs;

    void add(JobInfo job) {
        counts.computeIfAbsent(job.type(), type -> new EnumMap<>(JobStatus.class))
                .merge(job.status(), 1L, Long::sum);
        jobs++;
    }

    long jobs() {
        return jobs;
    }

    long count(String type, JobStatus status) {
        return counts.getOrDefault(type, Map.of()).getOrDefault(status, 0L);
    }

    ShellTable table() {
        ShellTable table = new ShellTable();
        table.column("Type");
        for (JobStatus status : JobStatus.values()) {
            table.column(status.wireName()).alignRight();
        }
        for (String type : counts.keySet()) {
            var row = table.addRow();
            row.addContent(type);
            for (JobStatus status : JobStatus.values()) {
                row.addContent(count(type, status));
            }
        }
        return table;
    }
}
