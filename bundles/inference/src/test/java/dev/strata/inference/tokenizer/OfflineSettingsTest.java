package dev.strata.inference.tokenizer;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class OfflineSettingsTest {

    @Test
    void bothSettingsPresentPass() {
        assertThatCode(() -> OfflineSettings.require(
                        lookup(Map.of("OPT_OUT_TRACKING", "true")), lookup(Map.of("ai.djl.offline", "true"))))
                .doesNotThrowAnyException();
    }

    @Test
    void missingBothNamesBoth() {
        assertThatThrownBy(() -> OfflineSettings.require(lookup(Map.of()), lookup(Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("-Dai.djl.offline=true is not set")
                .hasMessageContaining("OPT_OUT_TRACKING=true is not in the environment")
                .hasMessageContaining("restart");
    }

    @Test
    void missingTrackingOptOutAloneIsRefusedAndBothSettingsAreNamed() {
        assertThatThrownBy(() -> OfflineSettings.require(lookup(Map.of()), lookup(Map.of("ai.djl.offline", "true"))))
                .hasMessageStartingWith("DJL would reach the network: OPT_OUT_TRACKING=true is not in the environment")
                .hasMessageContaining("-Dai.djl.offline=true and the environment variable OPT_OUT_TRACKING=true");
    }

    @Test
    void missingOfflineAloneIsRefused() {
        assertThatThrownBy(() -> OfflineSettings.require(lookup(Map.of("OPT_OUT_TRACKING", "true")), lookup(Map.of())))
                .hasMessageStartingWith("DJL would reach the network: -Dai.djl.offline=true is not set.");
    }

    @Test
    void falseValuesCountAsMissing() {
        assertThatThrownBy(() -> OfflineSettings.require(
                        lookup(Map.of("OPT_OUT_TRACKING", "false")), lookup(Map.of("ai.djl.offline", "false"))))
                .hasMessageContaining("-Dai.djl.offline=true is not set")
                .hasMessageContaining("OPT_OUT_TRACKING=true is not in the environment");
    }

    /** DJL reads DJL_OFFLINE before the system property, so an environment saying false wins. */
    @Test
    void djlOfflineVariableOverridesTheProperty() {
        assertThatThrownBy(() -> OfflineSettings.require(
                        lookup(Map.of("OPT_OUT_TRACKING", "true", "DJL_OFFLINE", "false")),
                        lookup(Map.of("ai.djl.offline", "true"))))
                .hasMessageContaining("(or DJL_OFFLINE overrides it)");
    }

    private static UnaryOperator<String> lookup(Map<String, String> values) {
        return values::get;
    }
}
