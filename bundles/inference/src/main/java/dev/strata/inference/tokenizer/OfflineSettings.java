package dev.strata.inference.tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Checks that DJL will stay off the network. DJL downloads native libraries and models unless it
 * runs offline, and reports usage to its telemetry endpoint unless tracking is opted out; Strata
 * allows neither. The decision mirrors DJL 0.36 exactly: {@code ai.djl.util.Utils.isOfflineMode}
 * reads the environment variable {@code DJL_OFFLINE}, else the system property {@value
 * #OFFLINE_PROPERTY}; {@code ai.djl.util.Ec2Utils.callHome} reads {@value #TRACKING_VARIABLE}
 * from the environment, else from the system properties.
 */
public final class OfflineSettings {

    /** The system property that puts DJL offline. */
    public static final String OFFLINE_PROPERTY = "ai.djl.offline";

    /** The environment variable that opts out of DJL's usage tracking. */
    public static final String TRACKING_VARIABLE = "OPT_OUT_TRACKING";

    private static final String OFFLINE_VARIABLE = "DJL_OFFLINE";

    private OfflineSettings() {}

    /** Checks this JVM's environment and system properties. */
    public static void require() {
        require(System::getenv, System::getProperty);
    }

    /**
     * @param environment reads an environment variable, {@code null} when unset
     * @param properties reads a system property, {@code null} when unset
     * @throws IllegalStateException naming both settings and which of them is missing
     */
    static void require(UnaryOperator<String> environment, UnaryOperator<String> properties) {
        List<String> missing = new ArrayList<>();
        if (!Boolean.parseBoolean(first(environment.apply(OFFLINE_VARIABLE), properties.apply(OFFLINE_PROPERTY)))) {
            missing.add("-D" + OFFLINE_PROPERTY + "=true is not set"
                    + (environment.apply(OFFLINE_VARIABLE) == null ? "" : " (or DJL_OFFLINE overrides it)"));
        }
        if (!Boolean.parseBoolean(first(environment.apply(TRACKING_VARIABLE), properties.apply(TRACKING_VARIABLE)))) {
            missing.add(TRACKING_VARIABLE + "=true is not in the environment");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("DJL would reach the network: " + String.join(" and ", missing)
                    + ". Start the JVM with the system property -D" + OFFLINE_PROPERTY + "=true and the"
                    + " environment variable " + TRACKING_VARIABLE + "=true (for Karaf, in EXTRA_JAVA_OPTS and"
                    + " the environment of bin/strata), then restart.");
        }
    }

    private static String first(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
