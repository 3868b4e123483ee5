package dev.strata.kvstore;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * The configuration of one KV store: a factory configuration of PID {@value KVStoreComponent#PID},
 * one per store. Property names follow the DS mapping of the method names ({@code db_path} is
 * {@code db.path}, {@code _password} is {@code .password}, which DS keeps off the service
 * properties). Every property but the password is also a service property of the store.
 */
@ObjectClassDefinition(
        id = KVStoreComponent.PID,
        name = "Strata KV store",
        description = "A durable key-value store on embedded Derby or PostgreSQL, serving one namespace.")
public @interface KVStoreConfig {

    @AttributeDefinition(
            name = "Provider id",
            description = "The store's id; consumers choose it with a target filter such as (provider.id=kv_default).")
    String provider_id();

    @AttributeDefinition(
            name = "Backend type",
            description = "kv_derby: embedded Apache Derby in db.path. kv_postgres: the PostgreSQL server at url.",
            options = {
                @Option(label = "Embedded Apache Derby", value = "kv_derby"),
                @Option(label = "PostgreSQL", value = "kv_postgres")
            })
    String provider_type() default "kv_derby";

    @AttributeDefinition(
            name = "Namespace",
            description = "The namespace whose keys the store serves; stores of other namespaces never see them.")
    String namespace() default "default";

    @AttributeDefinition(
            name = "Derby database path",
            description = "kv_derby only: the database folder, absolute or relative to the data folder (karaf.data).")
    String db_path() default "kvstore";

    @AttributeDefinition(
            name = "JDBC URL",
            description = "kv_postgres only: for example jdbc:postgresql://localhost:5432/strata.",
            required = false)
    String url() default "";

    @AttributeDefinition(name = "User", description = "kv_postgres only: the database user.", required = false)
    String user() default "";

    @AttributeDefinition(
            name = "Password",
            description = "kv_postgres only: the database user's password.",
            type = AttributeType.PASSWORD,
            required = false)
    String _password() default "";

    @AttributeDefinition(name = "Value size limit", description = "The largest value accepted, in bytes.", min = "1")
    int max_value_bytes() default 1024 * 1024;

    @AttributeDefinition(name = "Connection pool size", description = "Connections kept open at most.", min = "1")
    int pool_size() default 8;

    @AttributeDefinition(
            name = "Connect timeout",
            description = "Seconds an operation waits for a connection before it fails.",
            min = "1")
    int connect_timeout_seconds() default 10;

    @AttributeDefinition(
            name = "Purge interval",
            description = "Seconds between removals of expired entries.",
            min = "1")
    int purge_interval_seconds() default 60;
}
