package dev.strata.itests;

import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import dev.strata.api.stack.StackReport;
import dev.strata.api.stack.StackStatus;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Boots the built Strata distribution (the archive the distribution module made) in a JVM of
 * its own, and gives tests the console and a way to wait for the stack.
 */
public abstract class StrataTestSupport {

    /** How long a test waits for a condition of the running stack before it fails. */
    protected static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    protected SessionFactory sessionFactory;

    @Inject
    protected StackStatus stackStatus;

    /** The options every test needs; a test class adds its own to these. */
    protected static Option[] distribution() {
        File archive = new File(required("strata.distribution"));
        if (!archive.isFile()) {
            throw new IllegalStateException(
                    "No distribution at " + archive + "; build it first (mvn verify builds it before these tests run)");
        }
        String localRepository = required("maven.repo.local");
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(archive.toURI().toString())
                    .name("Strata")
                    .unpackDirectory(new File(required("strata.itests.work")))
                    .useDeployFolder(false),
            keepRuntimeFolder(),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.INFO),
            // The probe's own bundles come from the build's local repository, never the network.
            editConfigurationFilePut(
                    "etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepository),
            // A free SSH port, so the test never collides with a Strata running on this machine.
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
            systemProperty("ai.djl.offline").value("true"),
            mavenBundle("net.bytebuddy", "byte-buddy", required("bytebuddy.version")),
            mavenBundle("org.assertj", "assertj-core", required("assertj.version")),
        };
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free port", e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set; run the tests through Maven");
        }
        return value;
    }

    /** Waits until the stack reports ready, and returns that report. */
    protected StackReport awaitReady() {
        awaitTrue("the stack to be ready", () -> stackStatus.report().ready());
        return stackStatus.report();
    }

    /** Polls {@code condition} until it holds, failing after {@link #WAIT}. */
    protected static void awaitTrue(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Gave up after " + WAIT.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }

    /**
     * Runs one console command as an operator would, and returns what it printed.
     *
     * @throws Exception whatever the command threw: a failing command fails the test
     */
    protected String console(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, out, out);
        try {
            session.execute(command);
        } finally {
            out.flush();
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
