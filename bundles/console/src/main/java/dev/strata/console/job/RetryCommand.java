package dev.strata.console.job;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code job:retry ID}: Puts a failed or cancelled job back in the queue, attempts reset to 0. */
@Service
@Command(
        scope = "job",
        name = "retry",
        description = "Puts a failed or cancelled job back in the queue, attempts reset to 0.")
public class RetryCommand extends JobIdCommand {

    @Override
    protected Object run() {
        boolean changed = withScheduler(jobs -> jobs.retry(id));
        System.out.println(
                changed
                        ? "Job " + id + " is pending again."
                        : "Job " + id
                                + " is pending, running or completed; only failed or cancelled jobs are retried.");
        return null;
    }
}
