package dev.strata.console.job;

import dev.strata.api.scheduler.JobScheduler;
import dev.strata.console.ConsoleCommand;
import java.util.function.Function;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.osgi.framework.BundleContext;

/**
 * The shape of the commands that act on one job ({@code job:info}, {@code job:cancel}, {@code
 * job:retry}, {@code job:delete}): the job id argument, with completion, and the choice of
 * scheduler. Karaf's shell fills the fields of superclasses as it does those of the command.
 */
abstract class JobIdCommand extends ConsoleCommand {

    @Argument(index = 0, name = "id", description = "The job's id (see job:list).", required = true)
    @Completion(JobIdCompleter.class)
    String id;

    @Option(name = "--scheduler", description = "The scheduler's provider id; needed when several run.")
    String scheduler;

    @Reference
    BundleContext context;

    /** Runs {@code work} against the chosen scheduler (see {@link Schedulers#with}). */
    <T> T withScheduler(Function<JobScheduler, T> work) {
        return Schedulers.with(context, scheduler, work);
    }
}
