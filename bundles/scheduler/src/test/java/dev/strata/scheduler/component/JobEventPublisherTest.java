package dev.strata.scheduler.component;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

class JobEventPublisherTest {

    private final List<Event> posted = new ArrayList<>();
    private final EventAdmin admin = new EventAdmin() {
        @Override
        public void postEvent(Event event) {
            posted.add(event);
        }

        @Override
        public void sendEvent(Event event) {
            throw new AssertionError("the scheduler posts; it never sends synchronously");
        }
    };
    private final JobEventPublisher publisher = new JobEventPublisher("scheduler");

    private static JobInfo running() {
        Instant at = Instant.parse("2026-01-05T09:00:00Z");
        return new JobInfo(
                "job-1", "ingest", null, null, JobStatus.RUNNING, 1, null, null, null, null, at, at, null, null);
    }

    @Test
    void postsOneEventOnTheStatusTopicWithTheJobsProperties() {
        publisher.bind(admin);

        publisher.jobChanged(running());

        assertThat(posted).singleElement().satisfies(event -> {
            assertThat(event.getTopic()).isEqualTo("dev/strata/scheduler/job/RUNNING");
            assertThat(event.getProperty("job.id")).isEqualTo("job-1");
            assertThat(event.getProperty("job.type")).isEqualTo("ingest");
            assertThat(event.getProperty("job.status")).isEqualTo("running");
            assertThat(event.getProperty("provider.id")).isEqualTo("scheduler");
        });
    }

    @Test
    void withoutEventAdminNothingIsPosted() {
        publisher.jobChanged(running());

        assertThat(posted).isEmpty();
    }

    @Test
    void unbindingAnEventAdminThatWasReplacedKeepsTheReplacement() {
        EventAdmin old = new EventAdmin() {
            @Override
            public void postEvent(Event event) {}

            @Override
            public void sendEvent(Event event) {}
        };
        publisher.bind(admin);

        publisher.unbind(old);
        publisher.jobChanged(running());

        assertThat(posted).hasSize(1);
    }
}
