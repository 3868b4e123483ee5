package dev.strata.console.vs;

import java.time.Duration;

/** Waits between polls. Tests pass one that moves a fake clock, or throws as Ctrl-C does. */
@FunctionalInterface
interface Sleeper {

    /** Sleeps on the command's thread, which Ctrl-C interrupts. */
    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
