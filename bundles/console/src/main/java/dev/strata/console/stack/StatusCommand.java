package dev.strata.console.stack;

import dev.strata.api.stack.BundleState;
import dev.strata.api.stack.ComponentState;
import dev.strata.api.stack.StackReport;
import dev.strata.api.stack.StackStatus;
import dev.strata.console.ConsoleCommand;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code stack:status}: Strata's bundles and components, and what the waiting ones wait for. */
@Service
@Command(
        scope = "stack",
        name = "status",
        description = "Shows Strata's bundles and components, what each waiting component needs, and"
                + " whether the stack is ready.")
public class StatusCommand extends ConsoleCommand {

    @Option(
            name = "--ready",
            description = "Fail (non-zero exit from bin/strata cmd) unless the stack is ready; for scripts.")
    boolean requireReady;

    @Reference
    StackStatus status;

    @Override
    protected Object run() {
        StackReport report = status.report();
        PrintStream out = System.out;

        bundleTable(report).print(out);
        out.println();
        componentTable(report).print(out);
        out.println();
        out.println(summary(report));

        if (requireReady && !report.ready()) {
            throw new IllegalStateException("Strata is not ready; see the components above");
        }
        return null;
    }

    private static ShellTable bundleTable(StackReport report) {
        ShellTable table = new ShellTable();
        table.column("ID").alignRight();
        table.column("Bundle");
        table.column("Version");
        table.column("State");
        for (BundleState bundle : report.bundles()) {
            table.addRow().addContent(bundle.id(), bundle.symbolicName(), bundle.version(), bundle.state());
        }
        return table;
    }

    private static ShellTable componentTable(StackReport report) {
        ShellTable table = new ShellTable();
        table.column("Component");
        table.column("Bundle");
        table.column("State");
        table.column("Waiting for").maxSize(80).wrap();
        for (ComponentState component : report.components()) {
            String waiting = component.failure() != null
                    ? "activation failed: " + component.failure()
                    : String.join(", ", component.waitingFor());
            table.addRow()
                    .addContent(
                            component.name(),
                            component.bundle(),
                            component.state().label(),
                            waiting);
        }
        return table;
    }

    static String summary(StackReport report) {
        if (report.ready()) {
            return "Strata is ready: " + count(report.bundles().size(), "bundle") + ", "
                    + count(report.components().size(), "component") + ".";
        }
        if (!report.bootFinished()) {
            return "Strata is not ready: the framework is still installing its boot features.";
        }
        return "Strata is not ready: " + count(report.waiting().size(), "component") + " waiting (see above).";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
