package dev.strata.benchmarks.kvstore;

import dev.strata.api.kvstore.KVWrite;
import dev.strata.kvstore.jdbc.JdbcKVStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The KV store's operations on each backend, with raw JDBC insert-and-commit on the same
 * database as the peer: a durable set cannot be faster than one committed insert, so the ratio
 * of the two is the store's own overhead. One thread; figures are operations per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 3)
@Measurement(iterations = 3, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g"})
public class KVStoreBenchmark {

    static final int BATCH = 100;
    static final int GET_KEYS = 10_000;
    static final int SCAN_KEYS = 10_000;
    static final byte[] VALUE = new byte[100];

    @Param({"kv_derby", "kv_postgres"})
    public String backend;

    private Path folder;
    private JdbcKVStore store;
    private DataSource raw;
    private Connection rawConnection;
    private PreparedStatement rawInsert;
    private final AtomicLong next = new AtomicLong();
    private String namespace;
    private String rawTable;

    @Setup(Level.Trial)
    public void open() throws IOException, SQLException {
        folder = Files.createTempDirectory("strata-kv-bench");
        namespace = "bench-" + UUID.randomUUID();
        store = JdbcKVStore.open(Backends.settings(backend, folder, namespace), Clock.systemUTC());
        fill("get/", GET_KEYS);
        fill("scan/", SCAN_KEYS);
        openRaw();
    }

    private void fill(String prefix, int count) {
        List<KVWrite> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(KVWrite.put(prefix + i, VALUE));
            if (batch.size() == 1_000) {
                store.write(batch);
                batch.clear();
            }
        }
        store.write(batch);
    }

    private void openRaw() throws SQLException {
        raw = Backends.raw(backend, folder);
        String table = "strata_bench_raw_" + namespace.substring(6, 14);
        String blob = backend.equals("kv_derby") ? "BLOB" : "BYTEA";
        Backends.execute(raw, "CREATE TABLE " + table + " (k VARCHAR(100) PRIMARY KEY, v " + blob + ")");
        rawConnection = raw.getConnection();
        rawConnection.setAutoCommit(false);
        rawInsert = rawConnection.prepareStatement("INSERT INTO " + table + " (k, v) VALUES (?, ?)");
        rawTable = table;
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        rawConnection.close();
        Backends.execute(raw, "DROP TABLE " + rawTable);
        Backends.execute(raw, "DELETE FROM strata_kv WHERE ns = '" + namespace + "'");
        store.close();
    }

    /** The peer: one row inserted and committed on a plain connection. */
    @Benchmark
    public void rawInsertAndCommit() throws SQLException {
        rawInsert.setString(1, "raw/" + next.incrementAndGet());
        rawInsert.setBytes(2, VALUE);
        rawInsert.executeUpdate();
        rawConnection.commit();
    }

    /** One durable set of a new key. */
    @Benchmark
    public void durableSet() {
        store.set("set/" + next.incrementAndGet(), VALUE);
    }

    /** Sets in batches of {@value #BATCH}, one transaction each; the figure counts sets. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void batchedSet() {
        List<KVWrite> batch = new ArrayList<>(BATCH);
        long first = next.getAndAdd(BATCH);
        for (int i = 0; i < BATCH; i++) {
            batch.add(KVWrite.put("batch/" + (first + i), VALUE));
        }
        store.write(batch);
    }

    /** One get of a present key out of {@value #GET_KEYS}. */
    @Benchmark
    public byte[] get() {
        return store.get("get/" + ThreadLocalRandom.current().nextInt(GET_KEYS)).orElseThrow();
    }

    /** A prefix scan that returns {@value #SCAN_KEYS} entries. */
    @Benchmark
    public int prefixScan10k() {
        return store.scan("scan/", SCAN_KEYS).size();
    }
}
