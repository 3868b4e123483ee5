package dev.strata.console.kv;

import dev.strata.api.common.ProviderProperties;
import java.util.Map;

/**
 * What a KV store's service properties tell about it. The names past {@code provider.*} are
 * those of the strata-kvstore configuration (factory PID {@code dev.strata.kvstore}); another
 * provider may lack them, which shows as "-".
 *
 * @param providerId the store's provider id
 * @param type the backend type, for example {@code kv_derby}
 * @param namespace the namespace it serves
 * @param location the database folder or JDBC URL, password hidden
 * @param valueLimit the value size limit in bytes, as text
 */
record StoreInfo(String providerId, String type, String namespace, String location, String valueLimit) {

    static StoreInfo of(Map<String, Object> properties) {
        Object url = properties.get("url");
        Object location = url == null || url.toString().isEmpty() ? properties.get("db.path") : url;
        return new StoreInfo(
                text(properties.get(ProviderProperties.PROVIDER_ID)),
                text(properties.get(ProviderProperties.PROVIDER_TYPE)),
                text(properties.get("namespace")),
                text(location).replaceAll("(?i)(password=)[^&]*", "$1***"),
                text(properties.get("max.value.bytes")));
    }

    private static String text(Object value) {
        return value == null || value.toString().isEmpty() ? "-" : value.toString();
    }
}
