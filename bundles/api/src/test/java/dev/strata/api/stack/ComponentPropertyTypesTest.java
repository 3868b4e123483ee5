package dev.strata.api.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.util.converter.ConversionException;

class ComponentPropertyTypesTest {

    @interface Sample {
        int max_attempts() default 3;

        double multiplier() default 2.0;

        String _api_key() default "";

        String[] timeouts() default {};

        String name();
    }

    @Test
    void methodsReadTheirPropertiesByTheDsNameMapping() {
        Sample sample = ComponentPropertyTypes.of(
                Sample.class,
                Map.of("max.attempts", 5, ".api.key", "k", "timeouts", new String[] {"a=1s", "b=2s"}, "name", "n"));

        assertThat(sample.max_attempts()).isEqualTo(5);
        assertThat(sample._api_key()).isEqualTo("k");
        assertThat(sample.timeouts()).containsExactly("a=1s", "b=2s");
        assertThat(sample.name()).isEqualTo("n");
    }

    @Test
    void absentPropertiesAnswerTheirDefaults() {
        Sample sample = ComponentPropertyTypes.of(Sample.class, Map.of("name", "n"));

        assertThat(sample.max_attempts()).isEqualTo(3);
        assertThat(sample.multiplier()).isEqualTo(2.0);
        assertThat(sample.timeouts()).isEmpty();
    }

    @Test
    void valuesAreCoercedAsDsDoes() {
        Sample sample = ComponentPropertyTypes.of(
                Sample.class, Map.of("max.attempts", 7L, "multiplier", "1.5", "timeouts", "a=1s", "name", 42));

        assertThat(sample.max_attempts()).isEqualTo(7);
        assertThat(sample.multiplier()).isEqualTo(1.5);
        assertThat(sample.timeouts()).containsExactly("a=1s");
        assertThat(sample.name()).isEqualTo("42");
    }

    @Test
    void aValueThatCannotBeConvertedFailsWhenRead() {
        Sample sample = ComponentPropertyTypes.of(Sample.class, Map.of("max.attempts", "three"));

        assertThatThrownBy(sample::max_attempts).isInstanceOf(ConversionException.class);
    }
}
