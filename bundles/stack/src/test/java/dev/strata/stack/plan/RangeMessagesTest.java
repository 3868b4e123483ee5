package dev.strata.stack.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.stack.plan.SettingsSchema.Kind;
import dev.strata.stack.plan.SettingsSchema.Setting;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangeMessagesTest {

    /** Answers as Felix Metatype's validate does for a setting with min 1 and max 100. */
    private static String felix(String text) {
        long value = Long.parseLong(text);
        if (value < 1) {
            return "%less than minimum";
        }
        return value > 100 ? "%greater than maximum" : "";
    }

    private static Setting setting(Kind kind) {
        return new Setting("max.concurrent.jobs", kind, false, false, true, List.of(), RangeMessagesTest::felix);
    }

    @Test
    void aValueBelowTheMinimumIsToldTheMinimum() {
        assertThat(RangeMessages.describe(setting(Kind.INTEGER), "0", "%less than minimum"))
                .isEqualTo("give 1 or more");
        assertThat(RangeMessages.describe(setting(Kind.LONG), "-5000", "less than minimum"))
                .isEqualTo("give 1 or more");
    }

    @Test
    void aValueAboveTheMaximumIsToldTheMaximum() {
        assertThat(RangeMessages.describe(setting(Kind.INTEGER), "500", "%greater than maximum"))
                .isEqualTo("give at most 100");
        assertThat(RangeMessages.describe(setting(Kind.LONG), "101", "%greater than maximum"))
                .isEqualTo("give at most 100");
    }

    @Test
    void otherAnswersPassThroughOrLoseTheirKeyMark() {
        assertThat(RangeMessages.describe(setting(Kind.TEXT), "x", "give a duration"))
                .isEqualTo("give a duration");
        assertThat(RangeMessages.describe(setting(Kind.DOUBLE), "0.5", "%less than minimum"))
                .isEqualTo("give a larger value");
        assertThat(RangeMessages.describe(setting(Kind.TEXT), "x", "%invalid value"))
                .isEqualTo("it is not a value this setting takes (invalid value)");
    }
}
