package dev.strata.kvstore.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerbyLogTest {

    @Test
    void derbyLogGoesToTheDataFolder(@TempDir Path data) {
        Properties properties = new Properties();

        DerbyLog.prepare(data.resolve("new"), properties);

        assertThat(properties.getProperty(DerbyLog.ERROR_FILE))
                .isEqualTo(data.resolve("new/derby.log").toString());
        assertThat(data.resolve("new")).isDirectory();
    }

    @Test
    void anOperatorsChoiceOfLogFileWins(@TempDir Path data) {
        Properties properties = new Properties();
        properties.setProperty(DerbyLog.ERROR_FILE, "/var/log/derby.log");

        DerbyLog.prepare(data, properties);

        assertThat(properties.getProperty(DerbyLog.ERROR_FILE)).isEqualTo("/var/log/derby.log");
    }
}
