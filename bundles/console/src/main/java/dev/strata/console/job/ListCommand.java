package dev.strata.console.job;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobQuery;
import dev.strata.api.scheduler.JobStatus;
import dev.strata.console.ConsoleCommand;
import dev.strata.console.PageLimits;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.osgi.framework.BundleContext;

/** {@code job:list}: jobs newest first, with status, attempts and why a pending one waits. */
@Service
@Command(scope = "job", name = "list", description = "Lists jobs, newest first: id, type, status, attempts, waits.")
public class ListCommand extends ConsoleCommand {

    @Option(name = "--type", description = "Only jobs of this type.")
    @Completion(JobTypeCompleter.class)
    String type;

    @Option(
            name = "--status",
            description = "Only jobs in this status: pending, running, completed, failed, cancelled.")
    @Completion(
            value = StringsCompleter.class,
            values = {"pending", "running", "completed", "failed", "cancelled"})
    String status;

    @Option(name = "--limit", description = "At most this many jobs, 1 to 100 (default 20).")
    int limit = PageRequest.DEFAULT_LIMIT;

    @Option(name = "--scheduler", description = "The scheduler's provider id; needed when several run.")
    String scheduler;

    @Reference
    BundleContext context;

    @Override
    protected Object run() {
        JobQuery query = JobQuery.all()
                .withType(type)
                .withStatus(status == null ? null : JobStatus.fromWireName(status))
                .withPage(PageLimits.of(limit));
        Page<JobInfo> page = Schedulers.with(context, scheduler, jobs -> jobs.list(query));
        PrintStream out = System.out;
        table(page).print(out);
        out.println(page.data().size() + " job" + (page.data().size() == 1 ? "" : "s")
                + (page.hasMore() ? "; there are more: raise --limit or narrow with --type and --status" : "."));
        return null;
    }

    static ShellTable table(Page<JobInfo> page) {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Type");
        table.column("Status");
        table.column("Attempts").alignRight();
        table.column("Created");
        table.column("Waiting for").maxSize(50);
        for (JobInfo job : page.data()) {
            table.addRow()
                    .addContent(
                            job.id(),
                            job.type(),
                            job.status().wireName(),
                            job.attempts(),
                            job.createdAt(),
                            job.waitingFor() == null ? "" : job.waitingFor());
        }
        return table;
    }
}
