package dev.strata.console.job;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code job:delete ID}: Deletes a finished job's record; cancel a pending or running job first. */
@Service
@Command(
        scope = "job",
        name = "delete",
        description = "Deletes a finished job's record; cancel a pending or running job first.")
public class DeleteCommand extends JobIdCommand {

    @Override
    protected Object run() {
        boolean changed = withScheduler(jobs -> jobs.delete(id));
        System.out.println(changed ? "Job " + id + " deleted." : "No job " + id + "; nothing deleted (see job:list).");
        return null;
    }
}
