package dev.strata.console.job;

import dev.strata.api.scheduler.JobProgress;

/** Draws a job's progress as text, such as {@code [#########-----------]  45% reading}. */
final class ProgressBar {

    static final int WIDTH = 20;

    private ProgressBar() {}

    static String of(JobProgress progress) {
        if (progress == null) {
            return "none reported";
        }
        int filled = (int) Math.round(progress.fraction() * WIDTH);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        String percent = String.format("%3d%%", Math.round(progress.fraction() * 100));
        return "[" + bar + "] " + percent + (progress.message() == null ? "" : " " + progress.message());
    }
}
