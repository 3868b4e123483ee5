package dev.strata.kvstore.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The main class of the child JVMs that process-level tests start and kill.
 *
 * <p>Arguments: {@code MODE TYPE LOCATION USER NAMESPACE [ARG]} where TYPE is {@code kv_derby}
 * (LOCATION an absolute database folder) or {@code kv_postgres} (LOCATION a JDBC URL). Modes:
 * <ul>
 *   <li>{@code write PREFIX}: sets PREFIX/0, PREFIX/1, ... forever, printing {@code ack KEY}
 *       after each set returned;
 *   <li>{@code increment N}: adds one to the key {@code counter} N times with compare-and-set,
 *       then prints {@code done};
 *   <li>{@code hold}: opens the store, prints {@code ready}, and keeps it open until standard
 *       input closes.
 * </ul>
 * Every mode prints {@code ready} once the store is open.
 */
public final class StoreProcess {

    private StoreProcess() {}

    public static void main(String[] args) throws IOException {
        try (JdbcKVStore store = JdbcKVStore.open(settings(args), Clock.systemUTC())) {
            say("ready");
            switch (args[0]) {
                case "write" -> write(store, args[5]);
                case "increment" -> increment(store, Integer.parseInt(args[5]));
                case "hold" -> System.in.transferTo(java.io.OutputStream.nullOutputStream());
                default -> throw new IllegalArgumentException("unknown mode " + args[0]);
            }
        }
    }

    static StoreSettings settings(String[] args) {
        BackendType type = BackendType.of(args[1], "child");
        StoreSettingsBuilder settings = StoreSettings.builder("child", type).namespace(args[4]);
        if (type == BackendType.KV_DERBY) {
            Path folder = Path.of(args[2]);
            return settings.dbPath(folder.toString())
                    .dataFolder(folder.getParent())
                    .build();
        }
        return settings.url(args[2]).user(args[3]).poolSize(2).build();
    }

    /** The value the writer stores under {@code key}, and the check expects. */
    static byte[] valueOf(String key) {
        return ("value of " + key).getBytes(UTF_8);
    }

    private static void write(JdbcKVStore store, String prefix) {
        for (long i = 0; ; i++) {
            String key = prefix + "/" + i;
            store.set(key, valueOf(key));
            say("ack " + key);
        }
    }

    private static void increment(JdbcKVStore store, int times) {
        for (int i = 0; i < times; i++) {
            KVStoreContract.increment(store, "counter");
        }
        say("done");
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
