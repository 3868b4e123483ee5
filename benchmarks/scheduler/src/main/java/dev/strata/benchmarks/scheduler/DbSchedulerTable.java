package dev.strata.benchmarks.scheduler;

/**
 * db-scheduler's table, as its documentation gives it for PostgreSQL (the {@code scheduled_tasks}
 * DDL of the 16.x line, with its three indexes), under a name of the benchmark's own so a real
 * {@code scheduled_tasks} in the same database is never touched.
 */
final class DbSchedulerTable {

    static final String NAME = "strata_bench_scheduled_tasks";

    private DbSchedulerTable() {}

    /** Drops the table if a previous run left it, and creates it empty. */
    static void recreate(String table) {
        drop(table);
        Postgres.execute(
                "CREATE TABLE " + table + " ("
                        + "task_name TEXT NOT NULL, "
                        + "task_instance TEXT NOT NULL, "
                        + "task_data BYTEA, "
                        + "execution_time TIMESTAMP WITH TIME ZONE NOT NULL, "
                        + "picked BOOLEAN NOT NULL, "
                        + "picked_by TEXT, "
                        + "last_success TIMESTAMP WITH TIME ZONE, "
                        + "last_failure TIMESTAMP WITH TIME ZONE, "
                        + "consecutive_failures INT, "
                        + "last_heartbeat TIMESTAMP WITH TIME ZONE, "
                        + "version BIGINT NOT NULL, "
                        + "priority SMALLINT, "
                        + "PRIMARY KEY (task_name, task_instance))",
                "CREATE INDEX " + table + "_execution_time_idx ON " + table + " (execution_time)",
                "CREATE INDEX " + table + "_last_heartbeat_idx ON " + table + " (last_heartbeat)",
                "CREATE INDEX " + table + "_priority_execution_time_idx ON " + table
                        + " (priority DESC, execution_time ASC)");
    }

    static void drop(String table) {
        Postgres.execute("DROP TABLE IF EXISTS " + table);
    }
}
