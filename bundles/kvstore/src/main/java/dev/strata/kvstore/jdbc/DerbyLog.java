package dev.strata.kvstore.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Sends Derby's own log (derby.log) to the data folder instead of the working directory.
 * Derby reads these system properties when its engine boots; a value set by the operator wins.
 */
final class DerbyLog {

    static final String ERROR_FILE = "derby.stream.error.file";

    private DerbyLog() {}

    static void prepare(Path dataFolder) {
        prepare(dataFolder, System.getProperties());
    }

    static void prepare(Path dataFolder, Properties properties) {
        try {
            Files.createDirectories(dataFolder);
        } catch (IOException failure) {
            throw new UncheckedIOException(
                    "cannot create the data folder " + dataFolder
                            + "; make it writable or point karaf.data at a writable folder",
                    failure);
        }
        properties.putIfAbsent(ERROR_FILE, dataFolder.resolve("derby.log").toString());
        properties.putIfAbsent("derby.infolog.append", "true");
    }
}
