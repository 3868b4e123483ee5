package dev.strata.console.stack;

import dev.strata.api.stack.ProviderReport;
import dev.strata.api.stack.RunConfigReport;
import dev.strata.api.stack.RunConfigStatus;
import dev.strata.console.ConsoleCommand;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code stack:providers}: every provider of the run config, in dependency order, and its state. */
@Service
@Command(
        scope = "stack",
        name = "providers",
        description = "Shows the providers of etc/run.yaml in dependency order: API, type, id, state and,"
                + " for a waiting provider, what it waits for.")
public class ProvidersCommand extends ConsoleCommand {

    @Reference
    RunConfigStatus runConfig;

    @Override
    protected Object run() {
        RunConfigReport report = runConfig.report();
        PrintStream out = System.out;
        table(report).print(out);
        if (report.refusal() != null) {
            out.println();
            out.println("The latest " + report.path() + " was refused; the providers above are from the last"
                    + " accepted version. See stack:config.");
        }
        return null;
    }

    static ShellTable table(RunConfigReport report) {
        ShellTable table = new ShellTable();
        table.column("#").alignRight();
        table.column("API");
        table.column("Type");
        table.column("Provider");
        table.column("State");
        table.column("Waiting for").maxSize(70).wrap();
        table.column("Needs");
        int order = 1;
        for (ProviderReport provider : report.providers()) {
            table.addRow()
                    .addContent(
                            order++,
                            provider.api(),
                            provider.providerType(),
                            provider.providerId(),
                            provider.state(),
                            String.join(", ", provider.waitingFor()),
                            String.join(", ", provider.dependsOn()));
        }
        return table;
    }
}
