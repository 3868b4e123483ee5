package dev.strata.console.vs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.vectorio.FileBatch;
import dev.strata.api.vectorio.FileBatchStatus;
import dev.strata.api.vectorio.FileCounts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchWatchTest {

    private final FakeClock clock = new FakeClock();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private static FileBatch batch(FileBatchStatus status, long inProgress, long completed) {
        return new FileBatch(
                "vsfb_1", "vs_1", FakeFiles.AT, status, FileCounts.of(inProgress, completed, 0, 0), "job-1");
    }

    private BatchWatch.Outcome watch(int redrawWidth, FileBatch first, FileBatch... later) {
        Deque<FileBatch> polls = new ArrayDeque<>(List.of(later));
        return new BatchWatch(polls::removeFirst, clock, clock.sleeper(), out, redrawWidth).watch(first);
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTerminalSeesOneLineRedrawnUntilTheBatchEnds() {
        BatchWatch.Outcome outcome = watch(
                200,
                batch(FileBatchStatus.IN_PROGRESS, 2, 0),
                batch(FileBatchStatus.IN_PROGRESS, 1, 1),
                batch(FileBatchStatus.COMPLETED, 0, 2));

        assertThat(outcome.interrupted()).isFalse();
        assertThat(outcome.batch().status()).isEqualTo(FileBatchStatus.COMPLETED);
        assertThat(printed())
                .isEqualTo("\r" + BatchText.bar(FileCounts.of(2, 0, 0, 0))
                        + "\r" + BatchText.bar(FileCounts.of(1, 1, 0, 0))
                        + "\r" + BatchText.bar(FileCounts.of(0, 2, 0, 0))
                        + System.lineSeparator());
        assertThat(clock.sleeps).isEqualTo(2);
    }

    @Test
    void aPipeSeesANewLineOnlyWhenCountsChangeAndAtMostEveryTenSeconds() {
        FileBatch[] later = new FileBatch[41];
        for (int i = 0; i < 40; i++) {
            later[i] = batch(FileBatchStatus.IN_PROGRESS, 40 - i, i);
        }
        later[40] = batch(FileBatchStatus.COMPLETED, 0, 40);

        watch(0, batch(FileBatchStatus.IN_PROGRESS, 40, 0), later);

        // a poll every 0.5 s for 20.5 s: the first line, those at 10 s and 20 s, and the end
        assertThat(printed().lines().toList())
                .containsExactly(
                        BatchText.bar(FileCounts.of(40, 0, 0, 0)),
                        BatchText.bar(FileCounts.of(21, 19, 0, 0)),
                        BatchText.bar(FileCounts.of(1, 39, 0, 0)),
                        BatchText.bar(FileCounts.of(0, 40, 0, 0)));
    }

    @Test
    void ctrlCStopsTheWatchAndKeepsTheLastBatchSeen() {
        clock.interruptAtSleep = 2;

        BatchWatch.Outcome outcome = watch(
                200,
                batch(FileBatchStatus.IN_PROGRESS, 2, 0),
                batch(FileBatchStatus.IN_PROGRESS, 1, 1),
                batch(FileBatchStatus.COMPLETED, 0, 2));

        assertThat(outcome.interrupted()).isTrue();
        assertThat(outcome.batch().fileCounts().completed()).isEqualTo(1);
        assertThat(printed()).endsWith(System.lineSeparator());
    }

    @Test
    void aFinishedBatchIsShownOnceWithoutWaiting() {
        watch(0, batch(FileBatchStatus.COMPLETED, 0, 3));

        assertThat(printed().lines()).hasSize(1);
        assertThat(clock.sleeps).isZero();
        assertThat(BatchWatch.POLL).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aRedrawnLineStaysWithinTheTerminalAndCoversTheLongerOneBefore() {
        FileCounts counts = FileCounts.of(10_000_000, 100_000, 10, 10);
        FileBatch wide = new FileBatch("vsfb_1", "vs_1", FakeFiles.AT, FileBatchStatus.IN_PROGRESS, counts, "job-1");

        watch(90, wide, batch(FileBatchStatus.COMPLETED, 0, 2));

        String[] drawn = printed().replace(System.lineSeparator(), "").split("\r");
        assertThat(BatchText.bar(counts)).hasSizeGreaterThan(90);
        assertThat(drawn[1]).hasSize(89).startsWith("[--------------------]   0% 100020/10100020 files");
        assertThat(drawn[2])
                .hasSize(89)
                .startsWith("[####################] 100% 2/2 files")
                .endsWith("0 cancelled" + " ".repeat(16));
    }

    @Test
    void ctrlCThatCutsAReadShortAlsoStopsTheWatch() {
        FileBatch first = batch(FileBatchStatus.IN_PROGRESS, 2, 0);

        BatchWatch.Outcome outcome = new BatchWatch(
                        () -> {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("read interrupted");
                        },
                        clock,
                        clock.sleeper(),
                        out,
                        0)
                .watch(first);

        assertThat(outcome).isEqualTo(new BatchWatch.Outcome(first, true));
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
}
