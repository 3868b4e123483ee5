package dev.strata.itests;

import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import dev.strata.api.stack.RunConfigStatus;
import dev.strata.api.stack.ServesProviderType;
import dev.strata.api.stack.StackReport;
import dev.strata.api.stack.StackStatus;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.ProbeBuilder;
import org.ops4j.pax.exam.TestProbeBuilder;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Boots the built Strata distribution (the archive the distribution module made) in a JVM of
 * its own, and gives tests the console and a way to wait for the stack.
 */
public abstract class StrataTestSupport {

    /** System property (in the test JVM and the container) naming the example provider's jar. */
    protected static final String EXAMPLE_JAR = "strata.example.wordcount";

    /** How long a test waits for a condition of the running stack before it fails. */
    protected static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    protected SessionFactory sessionFactory;

    @Inject
    protected StackStatus stackStatus;

    @Inject
    protected RunConfigStatus runConfigStatus;

    /** Factory PID of the probe's provider type {@code test::echo}, which has no component. */
    protected static final String ECHO_FACTORY_PID = "dev.strata.itests.echo";

    /**
     * Makes the probe bundle a provider bundle, the same for every test class: Pax Exam builds
     * the probes of a run with one {@code @ProbeBuilder}, so per-class headers would leak into
     * other classes. It serves {@code test::echo} (API {@code test_api}, needs a KV store, no
     * component) and {@code test::optional} (API {@code test_optional}, an optional scheduler;
     * its component is {@code OSGI-INF/optional-scheduler-consumer.xml}).
     */
    @ProbeBuilder
    public TestProbeBuilder probe(TestProbeBuilder probe) {
        String namespace = ServesProviderType.NAMESPACE;
        probe.setHeader(
                "Provide-Capability",
                namespace + ";provider.type=test::echo;api=test_api;factory.pid="
                        + ECHO_FACTORY_PID + ";requires:List<String>=kvstore," + namespace
                        + ";provider.type=test::optional;"
                        + "api=test_optional;factory.pid=dev.strata.itests.optional;optional:List<String>=job_scheduler");
        probe.setHeader("Service-Component", "OSGI-INF/optional-scheduler-consumer.xml");
        return probe;
    }

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
            // The distribution's boot features as a stage of their own, so that Pax Exam's
            // features (appended after them) start only once that stage is deployed: a probe
            // installed during a deployment is refused by the deployer's resolver hook.
            editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot", "(" + bootFeatures() + ")"),
            // A free SSH port, so the test never collides with a Strata running on this machine.
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
            systemProperty("ai.djl.offline").value("true"),
            mavenBundle("net.bytebuddy", "byte-buddy", required("bytebuddy.version")),
            mavenBundle("org.assertj", "assertj-core", required("assertj.version")),
        };
    }

    /** Hands the example provider's jar path into the container. */
    protected static Option exampleJar() {
        return systemProperty(EXAMPLE_JAR).value(required(EXAMPLE_JAR));
    }

    /** The options of {@link #distribution()} followed by more. */
    protected static Option[] options(Option[] base, Option... more) {
        Option[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    /** Replaces {@code etc/run.yaml} the way an editor that saves atomically does. */
    protected static void writeRunConfig(String text) throws IOException {
        Path file = Path.of(System.getProperty("karaf.etc"), "run.yaml");
        Path temporary = file.resolveSibling("run.yaml.tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The distribution's own {@code featuresBoot}, read from the assembly the archive was made of. */
    private static String bootFeatures() {
        Path file = Path.of(required("strata.features.cfg"));
        Properties features = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            features.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the distribution's boot features from " + file, e);
        }
        String boot = features.getProperty("featuresBoot");
        if (boot == null || boot.isBlank() || boot.contains("(")) {
            throw new IllegalStateException("Expected a plain featuresBoot list in " + file + ", found: " + boot);
        }
        return boot.strip();
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

    /**
     * Waits until the framework has installed its boot features and the stack has read the run
     * config: the moment a test may change the run config. Unlike {@link #awaitReady()} it does
     * not wait for the providers, which a test's own run config may keep waiting on purpose.
     */
    protected void awaitStarted() {
        awaitTrue(
                "the boot features and the first read of the run config",
                () -> stackStatus.report().bootFinished()
                        && runConfigStatus.report().checkedAt() != null);
    }

    /** Waits until the stack reports ready, and returns that report. */
    protected StackReport awaitReady() {
        awaitTrue("the stack to be ready", () -> stackStatus.report().ready());
        return stackStatus.report();
    }

    /** Waits up to {@link #WAIT} for a service of {@code type}, failing the test without one. */
    protected static <T> T awaitService(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(StrataTestSupport.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(WAIT.toMillis());
        if (service == null) {
            throw new AssertionError("No " + type.getName() + " service after " + WAIT.toSeconds() + " s");
        }
        return service;
    }

    /**
     * Polls {@code condition} until it holds, failing after {@link #WAIT} with what {@code
     * stack:status} and {@code stack:providers} show at that moment, so a failure on a build
     * machine can be read without the container's log.
     */
    protected void awaitTrue(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(
                        "Gave up after " + WAIT.toSeconds() + " s waiting for " + what + "\n" + stackSnapshot());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }

    private String stackSnapshot() {
        StringBuilder snapshot = new StringBuilder();
        for (String command : new String[] {"stack:status", "stack:providers", "stack:config"}) {
            snapshot.append("--- ").append(command).append('\n');
            try {
                snapshot.append(console(command));
            } catch (Exception e) {
                snapshot.append("(could not run: ").append(e).append(")\n");
            }
        }
        return snapshot.toString();
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
