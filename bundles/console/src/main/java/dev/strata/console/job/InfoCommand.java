package dev.strata.console.job;

import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.UnknownJobException;
import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code job:info ID}: everything the scheduler recorded about a job, with a progress bar. */
@Service
@Command(scope = "job", name = "info", description = "Shows a job: status, attempts, progress, data, result, error.")
public class InfoCommand extends JobIdCommand {

    /** The most characters of data, metadata, checkpoint or result shown without {@code --full}. */
    static final int SHOWN_JSON = 400;

    @Option(name = "--full", description = "Shows data, checkpoint and result whole, however long")
    boolean full;

    @Override
    protected Object run() {
        JobInfo job = withScheduler(jobs -> jobs.get(id)).orElseThrow(() -> new UnknownJobException(id));
        PrintStream out = System.out;
        lines(job, full ? Integer.MAX_VALUE : SHOWN_JSON).forEach(out::println);
        return null;
    }

    static List<String> lines(JobInfo job) {
        return lines(job, SHOWN_JSON);
    }

    static List<String> lines(JobInfo job, int shownJson) {
        List<String> lines = new ArrayList<>();
        lines.add("Id:          " + job.id());
        lines.add("Type:        " + job.type());
        lines.add("Status:      " + job.status().wireName());
        lines.add("Attempts:    " + job.attempts());
        lines.add("Progress:    " + ProgressBar.of(job.progress()));
        lines.add("Created:     " + shown(job.createdAt()));
        lines.add("Started:     " + shown(job.startedAt()));
        lines.add("Finished:    " + shown(job.finishedAt()));
        if (job.waitingFor() != null) {
            lines.add("Waiting for: " + job.waitingFor());
        }
        lines.add("Data:        " + shown(JsonObjects.write(job.data()), shownJson));
        lines.add("Metadata:    " + shown(JsonObjects.write(job.metadata()), shownJson));
        if (job.checkpoint() != null) {
            lines.add("Checkpoint:  " + shown(JsonObjects.write(job.checkpoint()), shownJson));
        }
        if (job.result() != null) {
            lines.add("Result:      " + shown(JsonObjects.write(job.result()), shownJson));
        }
        if (job.error() != null) {
            lines.add("Error:       " + job.error().message());
        }
        return lines;
    }

    /** A long JSON text cut, saying how long it is and how to see it whole. */
    static String shown(String json, int limit) {
        if (json.length() <= limit) {
            return json;
        }
        return json.substring(0, limit) + "... (" + json.length() + " characters; job:info --full shows all)";
    }

    /** An instant to the millisecond, as an operator reads it; the record keeps the full precision. */
    private static String shown(Instant instant) {
        return instant == null
                ? "not yet"
                : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
