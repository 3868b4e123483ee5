package dev.strata.itests.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.itests.process.Launcher.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** {@code bin/strata} as the README tells a new user to run it: start, cmd, status, stop. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {

    private static Launcher strata;
    private static Result started;

    @BeforeAll
    static void start() throws Exception {
        strata = Launcher.unpack(Path.of(System.getProperty("strata.itests.work"), "launcher"));
        started = strata.strata("start");
    }

    @AfterAll
    static void stop() throws Exception {
        if (strata != null) {
            strata.strata("stop");
        }
    }

    @Test
    @Order(1)
    void startReturnsOnceReady() throws Exception {
        assertThat(started.exitCode()).as(started.output()).isZero();
        assertThat(started.output()).contains("Strata is ready");
        assertThat(strata.strata("status").output()).contains("running and ready");
    }

    /**
     * Installed inside the features service's activator, on the framework's start-level thread,
     * a first boot hung now and then: the boot refreshes bundles whose stop waits for that
     * thread (see distribution/pom.xml).
     */
    @Test
    @Order(2)
    void bootFeaturesInstallOffTheStartLevelThread() throws Exception {
        Path features = strata.home().resolve("etc/org.apache.karaf.features.cfg");

        assertThat(Files.readAllLines(features)).contains("featuresBootAsynchronous=true");
    }

    @Test
    @Order(2)
    void consoleCredentialIsGeneratedOwnerOnly() throws Exception {
        Path users = strata.home().resolve("etc/users.properties");

        assertThat(Files.readAllLines(users)).anyMatch(line -> line.matches("strata = [0-9a-f]{48},_g_:admingroup"));
        assertThat(Files.getPosixFilePermissions(users))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    @Order(3)
    void sshListensOnLoopbackOnly() throws Exception {
        // Karaf opens its SSH port on its own thread, shortly after the stack is ready.
        Instant deadline = Instant.now().plusSeconds(30);
        List<String> listening = listeningAddresses(strata.sshPort());
        while (listening.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            listening = listeningAddresses(strata.sshPort());
        }

        assertThat(listening).isNotEmpty().allMatch(LOOPBACK::contains);
    }

    /** Loopback as the kernel spells it in /proc/net/tcp and tcp6 (IPv4, IPv6, IPv4-mapped). */
    private static final List<String> LOOPBACK =
            List.of("0100007F", "00000000000000000000000001000000", "0000000000000000FFFF00000100007F");

    /** The local addresses of the sockets listening on a port, in the kernel's hex notation. */
    private static List<String> listeningAddresses(int port) throws Exception {
        String hexPort = String.format(":%04X", port);
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table))) {
                String[] fields = line.trim().split("\\s+");
                boolean listen = fields.length > 3 && fields[3].equals("0A");
                if (listen && fields[1].endsWith(hexPort)) {
                    addresses.add(fields[1].substring(0, fields[1].length() - hexPort.length()));
                }
            }
        }
        return addresses;
    }

    @Test
    @Order(4)
    void cmdPrintsTheCommandOutput() throws Exception {
        Result status = strata.strata("cmd", "stack:status --ready");

        assertThat(status.exitCode()).as(status.output()).isZero();
        assertThat(status.output()).contains("dev.strata.stack").contains("Strata is ready");
    }

    @Test
    @Order(5)
    void cmdFailsWhenTheCommandFails() throws Exception {
        Result unknown = strata.strata("cmd", "no-such:command");
        Result failing = strata.strata("cmd", "bundle:start 99999");

        assertThat(unknown.exitCode()).as(unknown.output()).isNotZero();
        assertThat(unknown.output()).contains("Command not found").doesNotContain("\u001b[");
        assertThat(failing.exitCode()).as(failing.output()).isNotZero();
        assertThat(failing.output()).contains("Error executing command");
    }

    @Test
    @Order(6)
    void stopWaitsForTheProcessToExit() throws Exception {
        Result stopped = strata.strata("stop");

        assertThat(stopped.exitCode()).as(stopped.output()).isZero();
        assertThat(strata.strata("status").exitCode()).isEqualTo(3);
        assertThat(strata.strata("cmd", "stack:status").output()).contains("not running");
    }
}
