package dev.strata.benchmarks.scheduler;

import dev.strata.api.scheduler.JobRequest;
import dev.strata.api.scheduler.JobStatus;
import dev.strata.kvstore.jdbc.BackendType;
import dev.strata.kvstore.jdbc.JdbcKVStore;
import dev.strata.kvstore.jdbc.StoreSettings;
import dev.strata.scheduler.engine.EngineConfig;
import dev.strata.scheduler.engine.SchedulerEngine;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Strata's inline scheduler engine, as the OSGi component makes it, on the PostgreSQL KV store in
 * a namespace of its own. Settings are the engine's defaults, whose concurrency limit is {@link
 * Contender#MAX_CONCURRENT_JOBS}; the store's pool has {@link Postgres#POOL_SIZE} connections.
 */
final class StrataContender implements Contender {

    static final String NAME = "strata";

    /**
     * Namespaces are this and 8 random hex digits: as short as a real one ({@code jobs},
     * {@code scheduler}), since the namespace is part of every row and index entry; a whole
     * UUID made the store write a fifth more WAL per job.
     */
    private static final String NAMESPACE_PREFIX = "bsched-";

    private static final String TYPE = "bench.noop";
    private static final long EXECUTOR_ID = 1;

    private final String namespace;
    private final JdbcKVStore store;
    private final SchedulerEngine engine;

    private StrataContender(String namespace) {
        this.namespace = namespace;
        this.store = JdbcKVStore.open(settings(namespace), Clock.systemUTC());
        try {
            this.engine = new SchedulerEngine(store, EngineConfig.defaults());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    static StrataContender fresh() {
        return new StrataContender(
                NAMESPACE_PREFIX + UUID.randomUUID().toString().substring(0, 8));
    }

    /** Deletes the namespaces a killed run left behind, so they weigh on no later run. */
    static void dropLeftovers() {
        Postgres.execute("DO $$ BEGIN IF to_regclass('strata_kv') IS NOT NULL THEN "
                + "DELETE FROM strata_kv WHERE ns LIKE '" + NAMESPACE_PREFIX + "%'; END IF; END $$");
    }

    private static StoreSettings settings(String namespace) {
        return StoreSettings.builder("bench", BackendType.KV_POSTGRES)
                .namespace(namespace)
                .url(Postgres.URL)
                .user(Postgres.USER)
                .poolSize(Postgres.POOL_SIZE)
                .build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void schedule(long n) {
        engine.schedule(request(n));
    }

    @Override
    public void scheduleBatch(long first, int count) {
        List<JobRequest> requests = new ArrayList<>(count);
        for (long n = first; n < first + count; n++) {
            requests.add(request(n));
        }
        engine.scheduleAll(requests);
    }

    private static JobRequest request(long n) {
        return JobRequest.of(TYPE, Map.of("n", n), Map.of());
    }

    /** Listener first, so no completion goes unheard; executor before start, as the ready gate has it. */
    @Override
    public void start(Signals signals) {
        engine.addListener(job -> {
            if (job.status() == JobStatus.COMPLETED) {
                signals.completed(sequence(job.data()));
            }
        });
        engine.addExecutor(EXECUTOR_ID, 0, Set.of(TYPE), context -> {
            signals.entered(sequence(context.data()));
            return Map.of();
        });
        engine.start();
    }

    private static long sequence(Map<String, Object> data) {
        return ((Number) data.get("n")).longValue();
    }

    @Override
    public Contender reopen() {
        return new StrataContender(namespace);
    }

    @Override
    public void close() {
        try {
            engine.close();
        } finally {
            store.close();
        }
    }

    /** Deletes the namespace's rows and vacuums, so the next run meets no dead rows in the shared table. */
    @Override
    public void drop() {
        Postgres.execute("DELETE FROM strata_kv WHERE ns = '" + namespace + "'", "VACUUM strata_kv");
    }
}
