package dev.strata.benchmarks.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time this JVM used while it measured ({@code /proc/self/stat}, utime and stime of all
 * its threads), and how busy the rest of the machine was meanwhile: the CPU time of all processes
 * ({@code /proc/stat}, every state but idle and iowait) less this process's own, over the wall
 * time, in cores. run.sh takes the same figures for the Strata process from outside, so both
 * sides report them alike.
 */
final class CpuShare {

    /** Kernel clock ticks per second; 100 on every Linux this runs on (getconf CLK_TCK). */
    private static final double TICKS = 100.0;

    private final long machineStart;
    private final long ownStart;
    private final long wallStart;

    private CpuShare(long machine, long own, long wall) {
        this.machineStart = machine;
        this.ownStart = own;
        this.wallStart = wall;
    }

    static CpuShare start() throws IOException {
        return new CpuShare(machineTicks(), ownTicks(), System.nanoTime());
    }

    /** The CPU time this process used since {@link #start}, all its threads, in seconds. */
    double ownSeconds() throws IOException {
        return (ownTicks() - ownStart) / TICKS;
    }

    /** The cores the other processes used on average since {@link #start}. */
    double othersCores() throws IOException {
        double seconds = (System.nanoTime() - wallStart) / 1e9;
        long others = (machineTicks() - machineStart) - (ownTicks() - ownStart);
        return Math.max(0, others / TICKS / seconds);
    }

    private static long machineTicks() throws IOException {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        // cpu user nice system idle iowait irq softirq steal ...; guest time is inside user already
        for (int field = 1; field <= Math.min(8, cpu.length - 1); field++) {
            if (field != 4 && field != 5) {
                busy += Long.parseLong(cpu[field]);
            }
        }
        return busy;
    }

    private static long ownTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        // fields after the command name, which is in parentheses and may hold spaces
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
