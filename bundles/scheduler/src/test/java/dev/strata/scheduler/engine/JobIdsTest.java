package dev.strata.scheduler.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobIdsTest {

    private final ManualTime time = new ManualTime(Instant.parse("2026-01-05T09:00:00Z"));

    @Test
    void idsSortInCreationOrderAndCarryTheirCreationTime() {
        JobIds ids = new JobIds(time, 0xabcd, null);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            JobIds.Issued issued = ids.next();
            assertThat(issued.createdAt()).isEqualTo(time.instant());
            made.add(issued.id());
            if (i % 100 == 0) {
                time.advance(Duration.ofMillis(3));
            }
        }
        assertThat(made).isSorted().doesNotHaveDuplicates();
        assertThat(made).allSatisfy(id -> assertThat(JobIds.isWellFormed(id)).isTrue());
        assertThat(made.get(0)).startsWith("job-").hasSize(26).endsWith("abcd");
    }

    @Test
    void idsKeepRisingWhenTheClockGoesBackOrTheStoreHoldsNewerIds() {
        String newest = new JobIds(new ManualTime(time.instant().plusSeconds(60)), 1, null)
                .next()
                .id();
        JobIds ids = new JobIds(time, 1, newest);

        JobIds.Issued next = ids.next();

        assertThat(next.id()).isGreaterThan(newest);
        assertThat(next.createdAt()).isEqualTo(time.instant().plusSeconds(60));
    }

    @Test
    void invertingReversesTheOrderAndTwiceGivesTheIdBack() {
        JobIds ids = new JobIds(time, 7, null);
        String older = ids.next().id();
        time.advance(Duration.ofMillis(1));
        String newer = ids.next().id();

        assertThat(JobIds.invert(newer)).isLessThan(JobIds.invert(older));
        assertThat(JobIds.invert(JobIds.invert(older))).isEqualTo(older);
    }

    @Test
    void onlyOwnIdsAreWellFormed() {
        assertThat(JobIds.isWellFormed(null)).isFalse();
        assertThat(JobIds.isWellFormed("job-42")).isFalse();
        assertThat(JobIds.isWellFormed("job-0000000000000000000ABC")).isFalse();
        assertThat(JobIds.isWellFormed("job-00000000000000000000ab")).isTrue();
    }
}
