package dev.strata.benchmarks.scheduler;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Figures 1 to 3: durable enqueues per second, each scheduler on fresh storage per trial (one
 * JMH fork). Neither scheduler is started, so nothing but enqueueing touches the database:
 * Strata's jobs wait for an executor, db-scheduler is used as a client. Each call returns only
 * once its jobs are committed. Figures count jobs per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx2g"})
public class EnqueueBenchmark {

    static final int BATCH = 100;

    @Param({StrataContender.NAME, DbSchedulerContender.NAME})
    public String scheduler;

    private Contender contender;
    private final AtomicLong next = new AtomicLong();

    @Setup(Level.Trial)
    public void open() {
        contender = Contender.fresh(scheduler);
    }

    /** Each iteration begins with a checkpoint, as {@link Rounds} explains. */
    @Setup(Level.Iteration)
    public void checkpoint() {
        Postgres.checkpoint();
    }

    @TearDown(Level.Trial)
    public void close() {
        contender.close();
        contender.drop();
    }

    /** Figure 1: one job per call from one thread. */
    @Benchmark
    @Threads(1)
    public void oneThread() {
        contender.schedule(next.getAndIncrement());
    }

    /** Figure 2: one job per call from four threads at once; Strata's group commit joins them. */
    @Benchmark
    @Threads(4)
    public void fourThreads() {
        contender.schedule(next.getAndIncrement());
    }

    /** Figure 3: {@value #BATCH} jobs per call of the batch API, one thread; counted per job. */
    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(BATCH)
    public void batchOf100() {
        contender.scheduleBatch(next.getAndAdd(BATCH), BATCH);
    }
}
