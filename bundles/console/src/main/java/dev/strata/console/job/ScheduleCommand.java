package dev.strata.console.job;

import dev.strata.api.common.PageRequest;
import dev.strata.api.scheduler.JobQuery;
import dev.strata.api.scheduler.JobRequest;
import dev.strata.api.scheduler.JobScheduler;
import dev.strata.api.scheduler.JobStatus;
import dev.strata.api.scheduler.UnknownJobTypeException;
import dev.strata.console.ConsoleCommand;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.osgi.framework.BundleContext;

/** {@code job:schedule TYPE [JSON]}: schedules a job and prints its id. */
@Service
@Command(scope = "job", name = "schedule", description = "Schedules a job of a type, with JSON data; prints its id.")
public class ScheduleCommand extends ConsoleCommand {

    @Argument(index = 0, name = "type", description = "The job type, such as ingest.files.", required = true)
    @Completion(JobTypeCompleter.class)
    String type;

    @Argument(index = 1, name = "data", description = "The job's data, a JSON object (default {}).")
    String data;

    @Option(name = "--metadata", description = "The job's metadata, a JSON object.")
    String metadata;

    @Option(
            name = "--wait",
            description = "Accept a type that no executor has served yet and that is not required; the job waits"
                    + " for an executor (one in a bundle still to be deployed, say). Without it such a type, often"
                    + " a typo, is refused with the known types.")
    boolean waitForExecutor;

    @Option(name = "--scheduler", description = "The scheduler's provider id; needed when several run.")
    String scheduler;

    @Reference
    BundleContext context;

    @Override
    protected Object run() {
        JobRequest request = new JobRequest(
                type, JsonObjects.parse("data", data), JsonObjects.parse("--metadata", metadata), waitForExecutor);
        String id = Schedulers.with(context, scheduler, jobs -> {
            try {
                return jobs.schedule(request);
            } catch (UnknownJobTypeException e) {
                throw refusal(e, waiting(jobs));
            }
        });
        System.out.println(id);
        return null;
    }

    /** Whether jobs of the type already wait for an executor, scheduled with --wait. */
    private boolean waiting(JobScheduler jobs) {
        JobQuery query =
                JobQuery.all().withType(type).withStatus(JobStatus.PENDING).withPage(PageRequest.ofLimit(1));
        return !jobs.list(query).data().isEmpty();
    }

    private IllegalArgumentException refusal(UnknownJobTypeException e, boolean waiting) {
        return new IllegalArgumentException(
                "no executor has served job type '" + type + "' and it is not a required executor; known types: "
                        + (e.knownTypes().isEmpty() ? "none" : String.join(", ", e.knownTypes()))
                        + (waiting ? "; jobs of this type already wait for one (job:list --type " + type + ")" : "")
                        + "; check the spelling, install the executor's bundle, or add --wait to let the job wait"
                        + " for an executor",
                e);
    }
}
