package dev.strata.api.common;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Service properties that every provider registers with its service, whatever its area.
 *
 * <p>Several providers of one API may run side by side; a consumer picks one with a
 * {@code *.target} filter on {@link #PROVIDER_ID}, for example {@code (provider.id=lucene)}.
 * Both properties are {@code String}s and are always present on a provider's service.
 */
@ProviderType
public final class ProviderProperties {

    /**
     * Service property holding the provider's id from the run config ({@code provider_id}),
     * unique among providers of one API, for example {@code "scheduler"}.
     */
    public static final String PROVIDER_ID = "provider.id";

    /**
     * Service property holding the provider's type from the run config ({@code
     * provider_type}), for example {@code "inline::scheduler"}.
     */
    public static final String PROVIDER_TYPE = "provider.type";

    private ProviderProperties() {}
}
