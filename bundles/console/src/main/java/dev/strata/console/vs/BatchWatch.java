package dev.strata.console.vs;

import dev.strata.api.vectorio.FileBatch;
import dev.strata.api.vectorio.FileBatchStatus;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Polls a file batch until it ends, drawing its progress: redrawn in place on a terminal that
 * takes a carriage return (cut to its width, since a wrapped line cannot be redrawn), else a new
 * line when the counts change, at most every {@link #LINE_EVERY}. Watching never changes the batch; an interrupt (Ctrl-C) only stops the watch.
 */
final class BatchWatch {

    /** How long between two reads of the batch. */
    static final Duration POLL = Duration.ofMillis(500);

    /** Without redrawing, the least time between two progress lines. */
    static final Duration LINE_EVERY = Duration.ofSeconds(10);

    /**
     * How a watch ended.
     *
     * @param batch the batch as last read
     * @param interrupted whether Ctrl-C stopped the watch before the batch ended
     */
    record Outcome(FileBatch batch, boolean interrupted) {}

    private final Supplier<FileBatch> poll;
    private final Clock clock;
    private final Sleeper sleeper;
    private final PrintStream out;
    private final int redrawWidth;
    private String shown = "";
    private Instant shownAt;

    /** @param redrawWidth the terminal's width to redraw one line within; 0 to print new lines */
    BatchWatch(Supplier<FileBatch> poll, Clock clock, Sleeper sleeper, PrintStream out, int redrawWidth) {
        this.poll = poll;
        this.clock = clock;
        this.sleeper = sleeper;
        this.out = out;
        this.redrawWidth = redrawWidth;
    }

    /** Watches from {@code first} until the batch is no longer in progress, or until interrupted. */
    Outcome watch(FileBatch first) {
        FileBatch batch = first;
        show(batch);
        try {
            while (batch.status() == FileBatchStatus.IN_PROGRESS) {
                try {
                    sleeper.sleep(POLL);
                } catch (InterruptedException ctrlC) {
                    return new Outcome(batch, true);
                }
                try {
                    batch = poll.get();
                } catch (RuntimeException cut) {
                    if (Thread.interrupted()) {
                        return new Outcome(batch, true); // Ctrl-C cut the read short
                    }
                    throw cut;
                }
                show(batch);
            }
            return new Outcome(batch, false);
        } finally {
            if (redrawWidth > 0 && !shown.isEmpty()) {
                out.println();
            }
        }
    }

    private void show(FileBatch batch) {
        String line = BatchText.bar(batch.fileCounts());
        if (redrawWidth > 0) {
            line = line.substring(0, Math.min(line.length(), redrawWidth - 1));
            out.print("\r" + line + " ".repeat(Math.max(0, shown.length() - line.length())));
            out.flush();
        } else if (!line.equals(shown) && (isDue() || batch.status() != FileBatchStatus.IN_PROGRESS)) {
            out.println(line);
        } else {
            return;
        }
        shown = line;
        shownAt = clock.instant();
    }

    private boolean isDue() {
        return shownAt == null || !clock.instant().isBefore(shownAt.plus(LINE_EVERY));
    }
}
