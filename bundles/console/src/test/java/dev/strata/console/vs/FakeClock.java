package dev.strata.console.vs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when told, and a sleeper that moves it; Ctrl-C comes at a chosen sleep. */
final class FakeClock extends Clock {

    private Instant now = FakeFiles.AT;
    int sleeps;
    int interruptAtSleep = -1;
    Duration tick = Duration.ZERO;

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    /** Returns the time, then moves it by {@link #tick}, as work between two readings takes time. */
    @Override
    public Instant instant() {
        Instant read = now;
        now = now.plus(tick);
        return read;
    }

    void advance(Duration by) {
        now = now.plus(by);
    }

    /** Sleeps by moving the clock; throws as Ctrl-C does at sleep number {@link #interruptAtSleep}. */
    Sleeper sleeper() {
        return duration -> {
            sleeps++;
            if (sleeps == interruptAtSleep) {
                throw new InterruptedException();
            }
            advance(duration);
        };
    }
}
