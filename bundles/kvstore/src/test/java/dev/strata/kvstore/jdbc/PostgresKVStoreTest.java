package dev.strata.kvstore.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.postgresql.ds.PGSimpleDataSource;

/** The KV contract on the shared test PostgreSQL; each test works in namespaces of its own. */
class PostgresKVStoreTest extends KVStoreContract {

    private RequiredServices.Postgres server;

    @Override
    @BeforeEach
    void openStore() {
        server = RequiredServices.postgres();
        super.openStore();
    }

    @Override
    StoreSettingsBuilder settings(String namespace) {
        return StoreSettings.builder("test", BackendType.KV_POSTGRES)
                .url(server.url())
                .user(server.user())
                .poolSize(THREADS + 1)
                .namespace(namespace);
    }

    @Override
    void cleanUp(List<String> namespaces) {
        if (server == null) {
            return;
        }
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(server.url());
        source.setUser(server.user());
        try (Connection connection = source.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM strata_kv WHERE ns = ?")) {
            for (String namespace : namespaces) {
                delete.setString(1, namespace);
                delete.executeUpdate();
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("could not remove the test's rows from " + server.url(), failure);
        }
    }
}
