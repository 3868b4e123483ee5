package dev.strata.console.job;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobQuery;
import dev.strata.api.scheduler.JobScheduler;
import dev.strata.console.ConsoleCommand;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * {@code job:stats}: per scheduler, whether it started or which required executors it still waits
 * for; the executors present; and job counts per type and status of the started schedulers.
 */
@Service
@Command(
        scope = "job",
        name = "stats",
        description = "Shows each scheduler (started, or the executors it waits for), the executors present,"
                + " and job counts per type and status. Reads every job, a page at a time.")
public class StatsCommand extends ConsoleCommand {

    @Option(name = "--max-jobs", description = "Stop counting after this many jobs per scheduler (default 100000).")
    long most = 100_000;

    @Reference
    BundleContext context;

    @Reference
    ConfigurationAdmin configurationAdmin;

    @Override
    protected Object run() throws IOException {
        if (most < 1) {
            throw new IllegalArgumentException("--max-jobs " + most + " is too small; use 1 or more");
        }
        PrintStream out = System.out;
        List<Executors.Present> executors = Executors.all(context);
        Set<String> served = new TreeSet<>();
        executors.forEach(executor -> served.addAll(executor.types()));
        printSchedulers(out, served);
        out.println();
        executorTable(executors).print(out);
        for (Schedulers.Running running : Schedulers.all(context)) {
            out.println();
            JobTally tally = Schedulers.with(context, running.providerId(), this::tally);
            out.println("Jobs of scheduler '" + running.providerId() + "': " + tally.jobs()
                    + (tally.jobs() >= most ? " (stopped counting; raise --max-jobs)" : ""));
            tally.table().print(out);
        }
        return null;
    }

    private void printSchedulers(PrintStream out, Set<String> served) throws IOException {
        List<String> started = Schedulers.all(context).stream()
                .map(Schedulers.Running::providerId)
                .toList();
        List<ConfiguredSchedulers.Configured> configured = ConfiguredSchedulers.all(configurationAdmin);
        if (configured.isEmpty() && started.isEmpty()) {
            out.println("No job scheduler is configured; add one under providers.job_scheduler in etc/run.yaml");
        }
        for (ConfiguredSchedulers.Configured scheduler : configured) {
            Set<String> missing = scheduler.missing(served);
            out.println("Scheduler '" + scheduler.providerId() + "': "
                    + (started.contains(scheduler.providerId())
                            ? "started" + (missing.isEmpty() ? "" : "; jobs of " + missing + " wait for an executor")
                            : missing.isEmpty()
                                    ? "not started; see stack:providers for what it waits for"
                                    : "waits for executors of job types " + String.join(", ", missing)));
        }
    }

    private JobTally tally(JobScheduler scheduler) {
        JobTally tally = new JobTally();
        PageRequest page = PageRequest.ofLimit(PageRequest.MAX_LIMIT);
        while (tally.jobs() < most) {
            Page<JobInfo> jobs = scheduler.list(JobQuery.all().withPage(page));
            jobs.data().forEach(tally::add);
            if (!jobs.hasMore() || jobs.data().isEmpty()) {
                break;
            }
            page = page.withAfter(jobs.lastId());
        }
        return tally;
    }

    static ShellTable executorTable(List<Executors.Present> executors) {
        ShellTable table = new ShellTable();
        table.column("Executor").alignRight();
        table.column("Job types");
        table.column("Ranking").alignRight();
        table.column("Bundle");
        for (Executors.Present executor : executors) {
            table.addRow()
                    .addContent(
                            executor.serviceId(),
                            String.join(", ", executor.types()),
                            executor.ranking(),
                            executor.bundle());
        }
        return table;
    }
}
