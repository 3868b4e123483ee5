package dev.strata.kvstore.jdbc;

import static dev.strata.kvstore.jdbc.KVStoreContract.bytes;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.api.kvstore.KVStoreException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** PostgreSQL that is down, refuses the user, or comes back; and atomicity across processes. */
class PostgresFaultsTest {

    private static StoreSettingsBuilder postgres(String url, String user) {
        return StoreSettings.builder("pg", BackendType.KV_POSTGRES)
                .url(url)
                .user(user)
                .namespace("faults-" + UUID.randomUUID())
                .connectTimeout(Duration.ofSeconds(1));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void anUnreachableServerNamesTheUrlAndTheFixAndTheStoreStillStarts() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/test";

        try (JdbcKVStore store = JdbcKVStore.open(postgres(url, "postgres").build(), Clock.systemUTC())) {
            assertThatThrownBy(() -> store.set("k", bytes("v")))
                    .isInstanceOf(KVStoreException.class)
                    .hasMessageStartingWith(
                            "KV store 'pg' could not set key 'k': PostgreSQL at " + url + " is unreachable (")
                    .hasMessageContaining(
                            "check that the database runs and accepts connections there," + " and the store's url");
            assertThatThrownBy(() -> store.get("k")).isInstanceOf(KVStoreException.class);
        }
    }

    @Test
    void aRefusedUserIsNamedWithTheFix() {
        RequiredServices.Postgres server = RequiredServices.postgres();

        try (JdbcKVStore store =
                JdbcKVStore.open(postgres(server.url(), "strata_no_such_user").build(), Clock.systemUTC())) {
            assertThatThrownBy(() -> store.get("k"))
                    .isInstanceOf(KVStoreException.class)
                    .hasMessageContaining("refused user 'strata_no_such_user'")
                    .hasMessageContaining("fix user and .password in the store's configuration");
        }
    }

    @Test
    void aPasswordInTheUrlNeverShowsInMessages() {
        StoreSettings settings = postgres("jdbc:postgresql://127.0.0.1:1/test?user=u&password=secret&ssl=false", "")
                .build();

        assertThat(settings.location()).contains("password=***&ssl=false").doesNotContain("secret");
    }

    @Test
    void theStoreWorksAgainWhenTheServerReturns() {
        RequiredServices.Postgres server = RequiredServices.postgres();
        int serverPort = URI.create(server.url().substring("jdbc:".length())).getPort();

        try (TcpProxy proxy = new TcpProxy(serverPort);
                JdbcKVStore store = JdbcKVStore.open(
                        postgres(server.url().replace(":" + serverPort + "/", ":" + proxy.port() + "/"), server.user())
                                .connectTimeout(Duration.ofSeconds(2))
                                .build(),
                        Clock.systemUTC())) {
            store.set("k", bytes("before"));

            proxy.cut();
            assertThatThrownBy(() -> store.set("k", bytes("during")))
                    .isInstanceOf(KVStoreException.class)
                    .hasMessageContaining("is unreachable");
            proxy.restore();

            assertThat(store.get("k")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("before")));
            store.set("k", bytes("after"));
            assertThat(store.delete("k")).isTrue();
        }
    }

    @Test
    void compareAndSetIsAtomicAcrossProcesses() {
        RequiredServices.Postgres server = RequiredServices.postgres();
        String namespace = "cas-" + UUID.randomUUID();
        int processes = 3;
        int increments = 40;

        List<ChildJvm> children = new ArrayList<>();
        try {
            for (int i = 0; i < processes; i++) {
                children.add(ChildJvm.start(
                        "increment", "kv_postgres", server.url(), server.user(), namespace, "" + increments));
            }
            children.forEach(child -> child.await("done"));
        } finally {
            children.forEach(ChildJvm::close);
        }

        StoreSettings settings = StoreProcess.settings(
                new String[] {"increment", "kv_postgres", server.url(), server.user(), namespace});
        try (JdbcKVStore store = JdbcKVStore.open(settings, Clock.systemUTC())) {
            assertThat(store.get("counter"))
                    .hasValueSatisfying(v -> assertThat(new String(v, UTF_8)).isEqualTo("" + processes * increments));
            store.delete("counter");
        }
    }
}
