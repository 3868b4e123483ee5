package dev.strata.console.job;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.osgi.framework.BundleContext;

/** {@code job:retry ID}: Puts a failed or cancelled job back in the queue, attempts reset to 0. */
@Service
@Command(
        scope = "job",
        name = "retry",
        description = "Puts a failed or cancelled job back in the queue, attempts reset to 0.")
public class RetryCommand implements Action {

    @Argument(index = 0, name = "id", description = "The job's id (see job:list).", required = true)
    @Completion(JobIdCompleter.class)
    String id;

    @Option(name = "--scheduler", description = "The scheduler's provider id; needed when several run.")
    String scheduler;

    @Reference
    BundleContext context;

    @Override
    public Object execute() {
        boolean changed = Schedulers.with(context, scheduler, jobs -> jobs.retry(id));
        System.out.println(
                changed
                        ? "Job " + id + " is pending again."
                        : "Job " + id
                                + " is pending, running or completed; only failed or cancelled jobs are retried.");
        return null;
    }
}
