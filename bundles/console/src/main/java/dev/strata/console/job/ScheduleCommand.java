package dev.strata.console.job;

import dev.strata.api.scheduler.JobRequest;
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

    @Option(name = "--no-wait", description = "Refuse a type that no executor has served and that is not required.")
    boolean noWait;

    @Option(name = "--scheduler", description = "The scheduler's provider id; needed when several run.")
    String scheduler;

    @Reference
    BundleContext context;

    @Override
    protected Object run() {
        JobRequest request = new JobRequest(
                type, JsonObjects.parse("data", data), JsonObjects.parse("--metadata", metadata), !noWait);
        String id = Schedulers.with(context, scheduler, jobs -> jobs.schedule(request));
        System.out.println(id);
        return null;
    }
}
