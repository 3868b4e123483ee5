package dev.strata.console.stack;

import dev.strata.api.stack.ProviderReport;
import dev.strata.api.stack.RunConfigReport;
import dev.strata.api.stack.RunConfigStatus;
import dev.strata.console.ConsoleCommand;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code stack:config}: the effective configuration of every provider, secrets masked. */
@Service
@Command(
        scope = "stack",
        name = "config",
        description = "Shows the run config in effect: each provider's configuration after environment"
                + " substitution, secrets masked, and why the latest file was refused, if it was.")
public class ConfigCommand extends ConsoleCommand {

    @Reference
    RunConfigStatus runConfig;

    @Override
    protected Object run() {
        print(runConfig.report(), System.out);
        return null;
    }

    static void print(RunConfigReport report, PrintStream out) {
        out.println("Run config: " + report.path());
        out.println("Last read:  " + (report.checkedAt() == null ? "not yet" : report.checkedAt()));
        if (report.refusal() != null) {
            out.println();
            out.println(report.refusal());
        }
        for (ProviderReport provider : report.providers()) {
            out.println();
            out.println(provider.api() + " / " + provider.providerId() + " (" + provider.providerType() + ")  pid "
                    + provider.pid());
            for (Map.Entry<String, Object> setting : provider.config().entrySet()) {
                out.println("  " + setting.getKey() + " = " + text(setting.getValue()));
            }
        }
        report.warnings().forEach(warning -> out.println("WARNING: " + warning));
    }

    private static String text(Object value) {
        return value instanceof Object[] array ? Arrays.toString(array) : String.valueOf(value);
    }
}
