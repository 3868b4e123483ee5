package dev.strata.benchmarks.scheduler;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The peer: db-scheduler on a table of its own, set up for throughput. Lock-and-fetch polling
 * (one {@code UPDATE ... FOR UPDATE SKIP LOCKED ... RETURNING} picks a batch of up to
 * {@value #FETCH_UPPER_FRACTION} times the threads), a
 * {@value #POLLING_MILLIS} ms polling interval, immediate execution (scheduling through the
 * scheduler wakes its poller), and {@link Contender#MAX_CONCURRENT_JOBS} executor threads on a
 * pool of {@link Postgres#POOL_SIZE} connections. A job is a one-time task without data: its
 * instance id is its sequence number. It is scheduled through the {@link Scheduler} itself,
 * which is a {@code SchedulerClient} whether started or not.
 */
final class DbSchedulerContender implements Contender {

    static final String NAME = "db-scheduler";

    private static final String TASK = "bench-noop";
    private static final long POLLING_MILLIS = 10;
    /** Polls again when fewer than this many times the threads have work queued. */
    private static final double FETCH_LOWER_FRACTION = 0.5;
    /**
     * Picks up to this many times the threads per poll. db-scheduler's default is 1.0; 4.0 ran
     * 20,000 no-op jobs about 1.5 times as fast here (8.0 no faster), and one scheduler alone on
     * its table loses nothing by holding more picked jobs.
     */
    private static final double FETCH_UPPER_FRACTION = 4.0;
    /** As long as Strata's default shutdown grace; the no-op jobs never need it. */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private final String table;
    private final HikariDataSource pool;
    private final OneTimeTask<Void> task;
    private final Scheduler scheduler;
    private volatile Signals signals = Signals.NONE;

    private DbSchedulerContender(String table) {
        this.table = table;
        this.pool = Postgres.pool("db-scheduler-bench");
        this.task = Tasks.oneTime(TASK).execute((instance, context) -> signals.entered(sequence(instance)));
        this.scheduler = Scheduler.create(pool, task)
                .tableName(table)
                .threads(MAX_CONCURRENT_JOBS)
                .pollUsingLockAndFetch(FETCH_LOWER_FRACTION, FETCH_UPPER_FRACTION)
                .pollingInterval(Duration.ofMillis(POLLING_MILLIS))
                .enableImmediateExecution()
                .shutdownMaxWait(SHUTDOWN_WAIT)
                .addSchedulerListener(new Completions())
                .build();
    }

    static DbSchedulerContender fresh() {
        String table = DbSchedulerTable.NAME;
        DbSchedulerTable.recreate(table);
        return new DbSchedulerContender(table);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void schedule(long n) {
        scheduler.schedule(task.instance(Long.toString(n)), Instant.now());
    }

    @Override
    public void scheduleBatch(long first, int count) {
        List<TaskInstance<?>> instances = new ArrayList<>(count);
        for (long n = first; n < first + count; n++) {
            instances.add(task.instance(Long.toString(n)));
        }
        scheduler.scheduleBatch(instances, Instant.now());
    }

    @Override
    public void start(Signals signals) {
        this.signals = signals;
        scheduler.start();
    }

    @Override
    public Contender reopen() {
        return new DbSchedulerContender(table);
    }

    @Override
    public void close() {
        try {
            scheduler.stop();
        } finally {
            pool.close();
        }
    }

    @Override
    public void drop() {
        DbSchedulerTable.drop(table);
    }

    private static long sequence(TaskInstance<?> instance) {
        return Long.parseLong(instance.getId());
    }

    /** Hears a job once its completion handler has removed its row: the job's durable end. */
    private final class Completions extends AbstractSchedulerListener {

        @Override
        public void onExecutionComplete(ExecutionComplete complete) {
            if (complete.getResult() == ExecutionComplete.Result.OK) {
                signals.completed(sequence(complete.getExecution().taskInstance));
            }
        }
    }
}
