package dev.strata.inference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.inference.onnx.OnnxSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The component refuses to start when DJL could reach the network. The settings are the JVM's
 * environment and system properties, so each case runs in a JVM of its own.
 */
class OfflineRefusalTest {

    @Test
    void withoutEitherSettingTheComponentRefusesNamingBoth() throws Exception {
        String output = activateIn(childJvm(false, false));

        assertThat(output)
                .contains("REFUSED")
                .contains("-Dai.djl.offline=true is not set")
                .contains("OPT_OUT_TRACKING=true is not in the environment");
    }

    @Test
    void withOnlyTheOfflinePropertyTheComponentRefuses() throws Exception {
        assertThat(activateIn(childJvm(true, false)))
                .contains("REFUSED")
                .contains("OPT_OUT_TRACKING=true is not in the environment")
                .doesNotContain("-Dai.djl.offline=true is not set");
    }

    @Test
    void withOnlyTheTrackingOptOutTheComponentRefuses() throws Exception {
        assertThat(activateIn(childJvm(false, true)))
                .contains("REFUSED")
                .contains("-Dai.djl.offline=true is not set")
                .doesNotContain("OPT_OUT_TRACKING=true is not in the environment");
    }

    /** The control: the same child JVM with both settings starts the component. */
    @Test
    void withBothSettingsTheComponentStarts() throws Exception {
        assertThat(activateIn(childJvm(true, true))).contains("STARTED").doesNotContain("REFUSED");
    }

    private static ProcessBuilder childJvm(boolean offline, boolean optOut) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (offline) {
            command.add("-Dai.djl.offline=true");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Activate.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DJL_OFFLINE");
        builder.environment().remove("OPT_OUT_TRACKING");
        if (optOut) {
            builder.environment().put("OPT_OUT_TRACKING", "true");
        }
        return builder;
    }

    private static String activateIn(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(output, StandardCharsets.UTF_8);
    }

    /** Activates one component and prints whether it started. */
    public static final class Activate {
        public static void main(String[] args) {
            try {
                new OnnxInferenceComponent(new OnnxSettings("onnx", "minilm", 1, 16, 1));
                System.out.println("STARTED");
            } catch (IllegalStateException e) {
                System.out.println("REFUSED " + e.getMessage());
            }
        }
    }
}
