package dev.strata.scheduler.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A clock that moves only when the test says so, and timers whose tasks run when it moves past
 * their time, on the thread that moves it. Tasks due already when scheduled run at once, on the
 * scheduling thread, as a real timer would run them without delay. Thread-safe.
 */
final class ManualTime extends Clock {

    private final PriorityQueue<Task> tasks = new PriorityQueue<>();
    private Instant now;
    private long sequence;

    ManualTime(Instant start) {
        this.now = start;
    }

    private final class Task implements Comparable<Task> {
        final Instant due;
        final long order;
        final Runnable action;
        final Timer owner;

        Task(Instant due, long order, Runnable action, Timer owner) {
            this.due = due;
            this.order = order;
            this.action = action;
            this.owner = owner;
        }

        @Override
        public int compareTo(Task other) {
            int byDue = due.compareTo(other.due);
            return byDue != 0 ? byDue : Long.compare(order, other.order);
        }
    }

    /** A timer on this clock; closing it drops only its own tasks, so engines can share a clock. */
    final class Timer implements TaskTimer {
        private boolean closed;

        @Override
        public Cancellable schedule(Duration delay, Runnable action) {
            Task task;
            synchronized (ManualTime.this) {
                if (closed) {
                    return () -> {};
                }
                if (!delay.isNegative() && !delay.isZero()) {
                    task = new Task(now.plus(delay), sequence++, action, this);
                    tasks.add(task);
                    ManualTime.this.notifyAll();
                    return () -> cancel(task);
                }
            }
            action.run();
            return () -> {};
        }

        @Override
        public void close() {
            synchronized (ManualTime.this) {
                closed = true;
                tasks.removeIf(task -> task.owner == this);
            }
        }
    }

    TaskTimer newTimer() {
        return new Timer();
    }

    /** Moves the clock forward, running every task that falls due on the way, in time order. */
    void advance(Duration step) {
        Instant target;
        synchronized (this) {
            target = now.plus(step);
        }
        for (Task task = nextDue(target); task != null; task = nextDue(target)) {
            task.action.run();
        }
        synchronized (this) {
            if (now.isBefore(target)) {
                now = target;
            }
        }
    }

    /** How many tasks wait to fall due. */
    synchronized int pendingTasks() {
        return tasks.size();
    }

    /** Waits, at most 10 s of real time, until at least {@code count} tasks wait. */
    synchronized void awaitPendingTasks(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (tasks.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " timer tasks, have " + tasks.size());
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** The tasks' due times, for assertions. */
    synchronized List<Instant> dueTimes() {
        List<Instant> due = new ArrayList<>();
        tasks.forEach(task -> due.add(task.due));
        due.sort(null);
        return due;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("manual time is UTC only");
    }

    private synchronized Task nextDue(Instant target) {
        Task first = tasks.peek();
        if (first == null || first.due.isAfter(target)) {
            return null;
        }
        tasks.poll();
        if (first.due.isAfter(now)) {
            now = first.due;
        }
        return first;
    }

    private synchronized void cancel(Task task) {
        tasks.remove(task);
    }
}
