package dev.strata.kvstore.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.kvstore.KVEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A set that returned survives kill -9: a child JVM writes keys and prints each one whose set
 * returned; the test kills it with SIGKILL after a random number of them, while it is in the
 * middle of the next set, then reopens the store and checks every acknowledged key is there
 * with its value. Twenty rounds per backend, on one growing database.
 */
class KillDashNineTest {

    static final int ROUNDS = 20;

    /** At most this many acknowledged sets before the kill; 0 kills it right after it opened. */
    static final int MOST_ACKS_BEFORE_KILL = 60;

    @Test
    void derbyKeepsEveryAcknowledgedSet(@TempDir Path data) {
        Path database = data.resolve("kv");
        StoreSettings settings = StoreProcess.settings(args("kv_derby", database.toString(), "", "durable"));

        survive(settings, "kv_derby", database.toString(), "");
    }

    @Test
    void postgresKeepsEveryAcknowledgedSet() {
        RequiredServices.Postgres server = RequiredServices.postgres();
        String namespace = "durable-" + UUID.randomUUID();
        StoreSettings settings = StoreProcess.settings(args("kv_postgres", server.url(), server.user(), namespace));

        try {
            survive(settings, "kv_postgres", server.url(), server.user(), namespace);
        } finally {
            try (JdbcKVStore store = JdbcKVStore.open(settings, Clock.systemUTC())) {
                store.scan("", Integer.MAX_VALUE).forEach(entry -> store.delete(entry.key()));
            }
        }
    }

    private static String[] args(String type, String location, String user, String namespace) {
        return new String[] {"write", type, location, user, namespace, "unused"};
    }

    private void survive(StoreSettings settings, String type, String location, String user) {
        survive(settings, type, location, user, "durable");
    }

    private void survive(StoreSettings settings, String type, String location, String user, String namespace) {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<String> acknowledged = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            int acksBeforeKill = random.nextInt(MOST_ACKS_BEFORE_KILL + 1);
            acknowledged.addAll(
                    writeUntilKilled(acksBeforeKill, "write", type, location, user, namespace, "r" + round));

            Map<String, byte[]> stored = readAll(settings);
            for (String key : acknowledged) {
                assertThat(stored.get(key))
                        .as("acknowledged key %s after round %d (random seed %d)", key, round, seed)
                        .isEqualTo(StoreProcess.valueOf(key));
            }
        }
        assertThat(acknowledged).hasSizeGreaterThan(ROUNDS);
    }

    /** Starts a writer, kills it after {@code acksBeforeKill} acknowledgements, returns all it acknowledged. */
    private static List<String> writeUntilKilled(int acksBeforeKill, String... args) {
        List<String> acknowledged = new ArrayList<>();
        try (ChildJvm writer = ChildJvm.start(args)) {
            writer.await("ready");
            while (acknowledged.size() < acksBeforeKill) {
                acknowledged.add(ack(writer.readLine()));
            }
            writer.kill();
            // what it printed before it died was acknowledged too
            for (String line = writer.readLine(); line != null; line = writer.readLine()) {
                acknowledged.add(ack(line));
            }
        }
        return acknowledged;
    }

    private static String ack(String line) {
        if (line == null || !line.startsWith("ack ")) {
            throw new IllegalStateException(
                    "the writer printed '" + line + "' instead of an ack; see target/child-jvm.log");
        }
        return line.substring(4);
    }

    private static Map<String, byte[]> readAll(StoreSettings settings) {
        Map<String, byte[]> stored = new HashMap<>();
        try (JdbcKVStore store = JdbcKVStore.open(settings, Clock.systemUTC())) {
            for (KVEntry entry : store.scan("", Integer.MAX_VALUE)) {
                stored.put(entry.key(), entry.value());
            }
        }
        return stored;
    }
}
