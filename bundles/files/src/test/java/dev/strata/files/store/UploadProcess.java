package dev.strata.files.store;

import dev.strata.api.files.FileInfo;
import dev.strata.api.files.FilePurpose;
import dev.strata.kvstore.jdbc.BackendType;
import dev.strata.kvstore.jdbc.JdbcKVStore;
import dev.strata.kvstore.jdbc.StoreSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;

/**
 * The main class of the child JVMs that the kill -9 test starts and kills. Arguments: {@code
 * DATA PREFIX}. It opens a files provider on embedded Derby in DATA, prints {@code ready}, then
 * uploads files named PREFIX-0.bin, PREFIX-1.bin, ... forever, printing {@code ack ID NAME}
 * after each upload returned.
 */
public final class UploadProcess {

    private UploadProcess() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        try (JdbcKVStore kv = JdbcKVStore.open(kvSettings(data), Clock.systemUTC());
                LocalFiles files = LocalFiles.open(settings(data), kv, Clock.systemUTC())) {
            say("ready");
            for (long i = 0; ; i++) {
                String name = args[1] + "-" + i + ".bin";
                FileInfo file = files.create(new ByteArrayInputStream(contentOf(name)), name, FilePurpose.BATCH, null);
                say("ack " + file.id() + " " + name);
            }
        }
    }

    static StoreSettings kvSettings(Path data) {
        return StoreSettings.builder("child", BackendType.KV_DERBY)
                .namespace("files")
                .dbPath(data.resolve("kv").toString())
                .dataFolder(data)
                .build();
    }

    static FileSettings settings(Path data) {
        return FileSettings.of("localfs", data, "files", FileSettings.DEFAULT_MAX_FILE_BYTES, Duration.ofMinutes(1));
    }

    /** The bytes uploaded as {@code name}, and expected back: 1 byte to 256 KiB, from the name. */
    static byte[] contentOf(String name) {
        Random random = new Random(name.hashCode());
        byte[] content = new byte[1 + random.nextInt(256 * 1024)];
        random.nextBytes(content);
        return content;
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
