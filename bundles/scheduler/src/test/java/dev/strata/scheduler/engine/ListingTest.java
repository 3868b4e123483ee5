package dev.strata.scheduler.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.scheduler.JobInfo;
import dev.strata.api.scheduler.JobQuery;
import dev.strata.api.scheduler.JobStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListingTest {

    private final EngineFixture fixture = new EngineFixture();
    private final List<String> ids = new ArrayList<>();
    private SchedulerEngine engine;

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Ten jobs, a second apart: even ones of type "a" for store "x", odd ones of type "b"; 0 to 3 cancelled. */
    @BeforeEach
    void scheduleTenJobs() {
        engine = fixture.engine(EngineFixture.testConfig().withMaxConcurrentJobs(1));
        for (int i = 0; i < 10; i++) {
            String type = i % 2 == 0 ? "a" : "b";
            ids.add(engine.schedule(type, null, Map.of("store", i % 2 == 0 ? "x" : "y", "n", i)));
            fixture.time.advance(Duration.ofSeconds(1));
        }
        for (int i = 0; i < 4; i++) {
            engine.cancel(ids.get(i));
        }
    }

    @Test
    void theDefaultIsNewestFirstInPagesOfTwenty() {
        Page<JobInfo> page = engine.list(JobQuery.all());

        assertThat(page.data()).extracting(JobInfo::id).containsExactlyElementsOf(reversed(ids));
        assertThat(page.hasMore()).isFalse();
        assertThat(page.firstId()).isEqualTo(ids.get(9));
    }

    @Test
    void pagesFollowEachOtherWithAfterCursorsInBothOrders() {
        List<String> newestFirst = walk(new PageRequest(3, null, null, PageRequest.Order.DESC));
        List<String> oldestFirst = walk(new PageRequest(3, null, null, PageRequest.Order.ASC));

        assertThat(newestFirst).containsExactlyElementsOf(reversed(ids));
        assertThat(oldestFirst).containsExactlyElementsOf(ids);
    }

    @Test
    void aBeforeCursorReturnsTheItemsClosestToIt() {
        Page<JobInfo> newer = engine.list(JobQuery.all().withPage(new PageRequest(2, null, ids.get(5), null)));
        Page<JobInfo> older =
                engine.list(JobQuery.all().withPage(new PageRequest(2, null, ids.get(5), PageRequest.Order.ASC)));
        Page<JobInfo> between = engine.list(JobQuery.all().withPage(new PageRequest(10, ids.get(8), ids.get(5), null)));

        assertThat(newer.data()).extracting(JobInfo::id).containsExactly(ids.get(7), ids.get(6));
        assertThat(newer.hasMore()).isTrue();
        assertThat(older.data()).extracting(JobInfo::id).containsExactly(ids.get(3), ids.get(4));
        assertThat(between.data()).extracting(JobInfo::id).containsExactly(ids.get(7), ids.get(6));
    }

    @Test
    void filtersOnTypeStatusAndMetadataCombine() {
        assertThat(idsOf(JobQuery.all().withType("a")))
                .containsExactly(ids.get(8), ids.get(6), ids.get(4), ids.get(2), ids.get(0));
        assertThat(idsOf(JobQuery.all().withStatus(JobStatus.CANCELLED)))
                .containsExactly(ids.get(3), ids.get(2), ids.get(1), ids.get(0));
        assertThat(idsOf(JobQuery.all().withStatus(JobStatus.PENDING).withType("b")))
                .containsExactly(ids.get(9), ids.get(7), ids.get(5));
        assertThat(idsOf(JobQuery.all().withMetadata(Map.of("store", "x", "n", 4L))))
                .containsExactly(ids.get(4));
        assertThat(idsOf(JobQuery.all().withMetadata(Map.of("n", 4.0)).withStatus(JobStatus.PENDING)))
                .containsExactly(ids.get(4));
        assertThat(idsOf(JobQuery.all()
                        .withType("b")
                        .withPage(PageRequest.ofLimit(2).withAfter(ids.get(7)))))
                .containsExactly(ids.get(5), ids.get(3));
    }

    @Test
    void pendingAndRunningJobsAreListedFromMemoryWithTheirLiveState() throws Exception {
        GatedExecutor gate = new GatedExecutor();
        engine.addExecutor(1, 0, List.of("b"), gate);
        engine.start();
        GatedExecutor.Call call = gate.next();
        call.context.progress(0.5, "half");

        List<JobInfo> running =
                engine.list(JobQuery.all().withStatus(JobStatus.RUNNING)).data();

        assertThat(running).extracting(JobInfo::id).containsExactly(ids.get(5));
        assertThat(running.get(0).progress().message()).isEqualTo("half");
        assertThat(engine.list(JobQuery.all().withType("b")).data().get(2).status())
                .isEqualTo(JobStatus.RUNNING);
        assertThat(idsOf(JobQuery.all()
                        .withStatus(JobStatus.PENDING)
                        .withPage(new PageRequest(2, null, null, PageRequest.Order.ASC))))
                .containsExactly(ids.get(4), ids.get(6));
        call.complete(Map.of());
    }

    @Test
    void aCursorThatNoLongerExistsGivesAnEmptyPage() {
        assertThat(engine.list(JobQuery.all().withPage(PageRequest.first().withAfter("job-gone")))
                        .data())
                .isEmpty();
        engine.delete(ids.get(0));
        assertThat(engine.list(JobQuery.all().withPage(PageRequest.first().withAfter(ids.get(0))))
                        .data())
                .isEmpty();
    }

    private List<String> walk(PageRequest first) {
        List<String> seen = new ArrayList<>();
        PageRequest request = first;
        while (true) {
            Page<JobInfo> page = engine.list(JobQuery.all().withPage(request));
            page.data().forEach(job -> seen.add(job.id()));
            if (!page.hasMore()) {
                return seen;
            }
            request = request.withAfter(page.lastId());
        }
    }

    private List<String> idsOf(JobQuery query) {
        return engine.list(query).data().stream().map(JobInfo::id).toList();
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
