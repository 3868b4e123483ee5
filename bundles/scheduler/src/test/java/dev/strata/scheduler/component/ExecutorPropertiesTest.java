package dev.strata.scheduler.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecutorPropertiesTest {

    @Test
    void jobTypeMayBeAStringAnArrayOrACollection() {
        assertThat(ExecutorProperties.types(Map.of("job.type", "a"))).containsExactly("a");
        assertThat(ExecutorProperties.types(Map.of("job.type", new String[] {"a", "b"})))
                .containsExactly("a", "b");
        assertThat(ExecutorProperties.types(Map.of("job.type", List.of("a", "b"))))
                .containsExactly("a", "b");
        assertThat(ExecutorProperties.types(Map.of())).isEmpty();
    }

    @Test
    void rankingIsZeroUnlessAnInteger() {
        assertThat(ExecutorProperties.ranking(Map.of("service.ranking", 5))).isEqualTo(5);
        assertThat(ExecutorProperties.ranking(Map.of("service.ranking", "5"))).isZero();
        assertThat(ExecutorProperties.ranking(Map.of())).isZero();
    }

    @Test
    void idIsTheServiceId() {
        assertThat(ExecutorProperties.id(Map.of("service.id", 42L))).isEqualTo(42L);
    }
}
