package dev.strata.console.job;

import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.UnknownJobException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code job:info ID}: everything the scheduler recorded about a job, with a progress bar. */
@Service
@Command(scope = "job", name = "info", description = "Shows a job: status, attempts, progress, data, result, error.")
public class InfoCommand extends JobIdCommand {

    @Override
    public Object execute() {
        JobInfo job = withScheduler(jobs -> jobs.get(id)).orElseThrow(() -> new UnknownJobException(id));
        PrintStream out = System.out;
        lines(job).forEach(out::println);
        return null;
    }

    static List<String> lines(JobInfo job) {
        List<String> lines = new ArrayList<>();
        lines.add("Id:          " + job.id());
        lines.add("Type:        " + job.type());
        lines.add("Status:      " + job.status().wireName());
        lines.add("Attempts:    " + job.attempts());
        lines.add("Progress:    " + ProgressBar.of(job.progress()));
        lines.add("Created:     " + job.createdAt());
        lines.add("Started:     " + (job.startedAt() == null ? "not yet" : job.startedAt()));
        lines.add("Finished:    " + (job.finishedAt() == null ? "not yet" : job.finishedAt()));
        if (job.waitingFor() != null) {
            lines.add("Waiting for: " + job.waitingFor());
        }
        lines.add("Data:        " + JsonObjects.write(job.data()));
        lines.add("Metadata:    " + JsonObjects.write(job.metadata()));
        if (job.checkpoint() != null) {
            lines.add("Checkpoint:  " + JsonObjects.write(job.checkpoint()));
        }
        if (job.result() != null) {
            lines.add("Result:      " + JsonObjects.write(job.result()));
        }
        if (job.error() != null) {
            lines.add("Error:       " + job.error().message());
        }
        return lines;
    }
}
