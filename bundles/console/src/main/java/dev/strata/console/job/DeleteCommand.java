package dev.strata.console.job;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.osgi.framework.BundleContext;

/** {@code job:delete ID}: Deletes a finished job's record; cancel a pending or running job first. */
@Service
@Command(
        scope = "job",
        name = "delete",
        description = "Deletes a finished job's record; cancel a pending or running job first.")
public class DeleteCommand implements Action {

    @Argument(index = 0, name = "id", description = "The job's id (see job:list).", required = true)
    @Completion(JobIdCompleter.class)
    String id;

    @Option(name = "--scheduler", description = "The scheduler's provider id; needed when several run.")
    String scheduler;

    @Reference
    BundleContext context;

    @Override
    public Object execute() {
        boolean changed = Schedulers.with(context, scheduler, jobs -> jobs.delete(id));
        System.out.println(changed ? "Job " + id + " deleted." : "No job " + id + "; nothing deleted (see job:list).");
        return null;
    }
}
