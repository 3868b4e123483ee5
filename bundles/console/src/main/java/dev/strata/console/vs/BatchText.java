package dev.strata.console.vs;

import dev.strata.api.vectorio.FileCounts;
import java.time.Duration;
import java.util.Locale;

/** Shows file counts, progress, sizes and times as text, for the {@code vs:*} commands. */
final class BatchText {

    /** The width of the bar between its brackets, as {@code job:info} draws it. */
    static final int WIDTH = 20;

    private BatchText() {}

    /**
     * Draws a batch's progress: files processed (completed, failed or cancelled) of all files,
     * such as {@code [#########-----------]  45% 9/20 files: 8 completed, 1 failed, 0 cancelled}.
     */
    static String bar(FileCounts counts) {
        long processed = processed(counts);
        double fraction = counts.total() == 0 ? 1.0 : (double) processed / counts.total();
        int filled = (int) Math.floor(fraction * WIDTH);
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%3d%%", (int) Math.floor(fraction * 100)) + " " + processed + "/"
                + counts.total() + " files: " + counts.completed() + " completed, " + counts.failed() + " failed, "
                + counts.cancelled() + " cancelled";
    }

    /** The files that are done with, one way or another. */
    static long processed(FileCounts counts) {
        return counts.completed() + counts.failed() + counts.cancelled();
    }

    /** All four counts, such as {@code 8 completed, 1 failed, 0 cancelled, 11 in progress}. */
    static String counts(FileCounts counts) {
        return counts.completed() + " completed, " + counts.failed() + " failed, " + counts.cancelled() + " cancelled, "
                + counts.inProgress() + " in progress";
    }

    /** Such as {@code 0.4s}, {@code 12.3s}, {@code 4m 05s} or {@code 2h 03m}. */
    static String duration(Duration duration) {
        long millis = Math.max(0, duration.toMillis());
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
        }
        long seconds = millis / 1000;
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds % 3600 / 60);
    }

    /** Such as {@code 16.3 files/s}; {@code null} when no time passed. */
    static String rate(long files, Duration duration) {
        if (duration.toMillis() <= 0) {
            return null;
        }
        return String.format(Locale.ROOT, "%.1f files/s", files * 1000.0 / duration.toMillis());
    }

    /** Such as {@code 512 B}, {@code 1.5 KiB} or {@code 12.3 MiB}. */
    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** {@code n} and the noun, in the plural unless {@code n} is 1: {@code 1 file}, {@code 2 files}. */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
