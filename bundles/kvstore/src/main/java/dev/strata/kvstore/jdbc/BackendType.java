package dev.strata.kvstore.jdbc;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The databases a KV store can keep its entries in, by the names the run config uses. */
public enum BackendType {
    /** Embedded Apache Derby in a folder under the data folder: one process at a time. */
    KV_DERBY("kv_derby"),

    /** A PostgreSQL server, shared by any number of processes. */
    KV_POSTGRES("kv_postgres");

    private final String id;

    BackendType(String id) {
        this.id = id;
    }

    /** Returns the name in the run config and in the {@code provider.type} property. */
    public String id() {
        return id;
    }

    /**
     * Finds a backend by name.
     *
     * @param id the name, for example {@code kv_derby}
     * @param storeId the provider id of the store being configured, for the error message
     * @throws IllegalArgumentException naming the value and the known names if it is none of them
     */
    public static BackendType of(String id, String storeId) {
        for (BackendType type : values()) {
            if (type.id.equals(id)) {
                return type;
            }
        }
        throw new IllegalArgumentException("KV store '" + storeId + "' has backend type '" + id
                + "', which is not a KV backend; use one of " + known());
    }

    private static String known() {
        return Arrays.stream(values()).map(BackendType::id).collect(Collectors.joining(", "));
    }
}
