package dev.strata.vectorio.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started from this one's {@code java.home} and class path, running {@link IndexProcess};
 * its output is read line by line, its errors go to {@code target/index-child-jvm.log}.
 */
final class ChildJvm implements AutoCloseable {

    private static final Path LOG = Path.of("target", "index-child-jvm.log");

    private final Process process;
    private final BufferedReader output;

    private ChildJvm(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ChildJvm start(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx128m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp",
                System.getProperty("java.class.path"),
                IndexProcess.class.getName()));
        command.addAll(List.of(args));
        try {
            Files.createDirectories(LOG.getParent());
            return new ChildJvm(new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.appendTo(LOG.toFile()))
                    .start());
        } catch (IOException failure) {
            throw new UncheckedIOException("could not start a child JVM: " + command, failure);
        }
    }

    /** Returns the next line the child printed, or {@code null} once it has exited. */
    String readLine() {
        try {
            return output.readLine();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Reads lines until one equals {@code line}; fails if the child exits first. */
    void await(String line) {
        for (String read = readLine(); !line.equals(read); read = readLine()) {
            if (read == null) {
                throw new IllegalStateException("the child JVM exited before printing '" + line + "'; see " + LOG);
            }
        }
    }

    /**
     * Kills the child with SIGKILL, as kill -9 does, and waits until it is gone. Through the
     * process handle, because {@link Process#destroyForcibly} also closes the child's output,
     * losing lines it printed just before it died.
     */
    void kill() {
        process.toHandle().destroyForcibly();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the child JVM did not exit within 60 s; see " + LOG);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
