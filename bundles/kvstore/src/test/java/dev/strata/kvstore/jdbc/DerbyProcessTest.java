package dev.strata.kvstore.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.kvstore.KVStoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Embedded Derby serves one process: a second one is told so, with what to do. */
class DerbyProcessTest {

    @Test
    void aDatabaseOpenInAnotherProcessIsRefusedWithTheFix(@TempDir Path data) throws IOException {
        Path database = data.resolve("kv");

        try (ChildJvm holder = ChildJvm.start("hold", "kv_derby", database.toString(), "", "n")) {
            holder.await("ready");

            StoreSettings settings =
                    StoreProcess.settings(new String[] {"hold", "kv_derby", database.toString(), "", "n"});
            assertThatThrownBy(() -> JdbcKVStore.open(settings, Clock.systemUTC()))
                    .isInstanceOf(KVStoreException.class)
                    .hasMessage("KV store 'child' cannot open the Derby database at " + database
                            + ": another process has it open; stop that process, or give this store its own db.path");
            holder.closeInput();
            holder.waitForExit();
        }
    }
}
