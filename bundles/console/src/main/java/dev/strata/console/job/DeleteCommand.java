package dev.strata.console.job;

import dev.strata.api.scheduler.JobScheduler;
import dev.strata.api.scheduler.UnknownJobException;
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
        withScheduler(jobs -> {
            delete(jobs, id);
            return null;
        });
        System.out.println("Job " + id + " deleted.");
        return null;
    }

    /** Deletes the job, or says that no job has the id. */
    static void delete(JobScheduler jobs, String id) {
        if (!jobs.delete(id)) {
            throw new UnknownJobException(id);
        }
    }
}
