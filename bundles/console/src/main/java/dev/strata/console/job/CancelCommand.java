package dev.strata.console.job;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.osgi.framework.BundleContext;

/** {@code job:cancel ID}: Cancels a job: a pending one at once, a running one when its executor stops. */
@Service
@Command(
        scope = "job",
        name = "cancel",
        description = "Cancels a job: a pending one at once, a running one when its executor stops.")
public class CancelCommand implements Action {

    @Argument(index = 0, name = "id", description = "The job's id (see job:list).", required = true)
    @Completion(JobIdCompleter.class)
    String id;

    @Option(name = "--scheduler", description = "The scheduler's provider id; needed when several run.")
    String scheduler;

    @Reference
    BundleContext context;

    @Override
    public Object execute() {
        boolean changed = Schedulers.with(context, scheduler, jobs -> jobs.cancel(id));
        System.out.println(
                changed
                        ? "Job " + id + " is cancelled or being cancelled."
                        : "Job " + id + " had already finished; nothing changed.");
        return null;
    }
}
