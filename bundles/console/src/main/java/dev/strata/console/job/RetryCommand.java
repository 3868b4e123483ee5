package dev.strata.console.job;

import dev.strata.api.scheduler.JobScheduler;
import java.util.Locale;
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
        withScheduler(jobs -> {
            retry(jobs, id);
            return null;
        });
        System.out.println("Job " + id + " is pending again.");
        return null;
    }

    /** Re-queues the job, or says why it cannot be. */
    static void retry(JobScheduler jobs, String id) {
        if (!jobs.retry(id)) {
            String status = jobs.get(id)
                    .map(job -> job.status().name().toLowerCase(Locale.ROOT))
                    .orElse("gone");
            throw new IllegalStateException(
                    "job '" + id + "' is " + status + "; only failed or cancelled jobs are retried");
        }
    }
}
