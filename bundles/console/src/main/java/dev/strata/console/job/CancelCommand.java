package dev.strata.console.job;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code job:cancel ID}: Cancels a job: a pending one at once, a running one when its executor stops. */
@Service
@Command(
        scope = "job",
        name = "cancel",
        description = "Cancels a job: a pending one at once, a running one when its executor stops.")
public class CancelCommand extends JobIdCommand {

    @Override
    protected Object run() {
        boolean changed = withScheduler(jobs -> jobs.cancel(id));
        System.out.println(
                changed
                        ? "Job " + id + " is cancelled or being cancelled."
                        : "Job " + id + " had already finished; nothing changed.");
        return null;
    }
}
