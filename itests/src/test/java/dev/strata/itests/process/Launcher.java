package dev.strata.itests.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A copy of the built distribution unpacked into its own folder, driven through {@code
 * bin/strata} as an operator would. Each copy gets a free SSH port, so copies never collide
 * with each other or with a Strata the developer runs.
 */
final class Launcher {

    /** What one {@code bin/strata} call printed and how it exited. */
    record Result(int exitCode, String output) {}

    private static final long CALL_TIMEOUT_SECONDS = 180;
    private static final int LOG_TAIL_LINES = 40;

    private final Path home;

    private Launcher(Path home) {
        this.home = home;
    }

    /**
     * Unpacks the distribution archive named by the {@code strata.distribution} property into an
     * empty folder, so no framework cache or data of an earlier run is reused.
     */
    static Launcher unpack(Path workFolder) throws Exception {
        Path archive = Path.of(System.getProperty("strata.distribution"));
        deleteTree(workFolder);
        Files.createDirectories(workFolder);
        Result untar = run(workFolder, List.of("tar", "xzf", archive.toString(), "--strip-components=1"));
        if (untar.exitCode() != 0) {
            throw new IllegalStateException("Could not unpack " + archive + ": " + untar.output());
        }
        Launcher launcher = new Launcher(workFolder);
        launcher.useFreeSshPort();
        return launcher;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    Path home() {
        return home;
    }

    /** Runs {@code bin/strata} with the given arguments and waits for it. */
    Result strata(String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/strata").toString());
        command.addAll(List.of(arguments));
        Result result = run(home, command);
        if (result.exitCode() != 0 && arguments.length > 0 && arguments[0].equals("start")) {
            return new Result(result.exitCode(), result.output() + serverLogDigest());
        }
        return result;
    }

    /**
     * The warnings and errors of the server's log, then its last lines: what a failed start
     * leaves to go on once the test's folder is gone, as on CI.
     */
    private String serverLogDigest() throws IOException {
        Path log = home.resolve("data/log/karaf.log");
        if (!Files.exists(log)) {
            return "\n(no " + log + ")";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        List<String> problems = lines.stream()
                .filter(line -> line.contains("| WARN ") || line.contains("| ERROR "))
                .toList();
        List<String> last = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
        return "\n--- warnings and errors in " + log + ":\n" + String.join("\n", problems) + "\n--- its last "
                + last.size() + " lines:\n" + String.join("\n", last);
    }

    private static Result run(Path directory, List<String> command) throws Exception {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().remove("STRATA_DATA");
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + CALL_TIMEOUT_SECONDS + " s");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private void useFreeSshPort() throws IOException {
        Path config = home.resolve("etc/org.apache.karaf.shell.cfg");
        String text = Files.readString(config);
        Files.writeString(config, text.replaceFirst("(?m)^sshPort\\s*=.*$", "sshPort = " + freePort()));
    }

    int sshPort() {
        try {
            String text = Files.readString(home.resolve("etc/org.apache.karaf.shell.cfg"));
            return Integer.parseInt(text.replaceFirst("(?s).*?(?m)^sshPort\\s*=\\s*(\\d+).*", "$1"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
