package dev.strata.console.job;

import dev.strata.api.common.PageRequest;
import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobQuery;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.osgi.framework.BundleContext;

/** Completes job ids with the newest jobs of every running scheduler. */
@Service
public class JobIdCompleter implements Completer {

    @Reference
    BundleContext context;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        JobQuery newest = JobQuery.all().withPage(PageRequest.ofLimit(PageRequest.MAX_LIMIT));
        for (Schedulers.Running running : Schedulers.all(context)) {
            Schedulers.with(context, running.providerId(), jobs -> jobs.list(newest)).data().stream()
                    .map(JobInfo::id)
                    .forEach(ids.getStrings()::add);
        }
        return ids.complete(session, commandLine, candidates);
    }
}
