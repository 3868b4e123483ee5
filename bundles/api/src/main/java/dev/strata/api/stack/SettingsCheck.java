package dev.strata.api.stack;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Checks the settings of one provider type the way its component reads them at activation, so
 * that the stack refuses a run config whose values the component would refuse, instead of
 * applying it and leaving the provider unable to start. Metatype describes a setting's kind and
 * options; this check covers what only the provider knows: the form of a duration, a range, or
 * a rule between two settings.
 *
 * <p>A provider bundle registers it as a whiteboard service with the service property {@link
 * #FACTORY_PID} naming the factory PID whose configurations it checks. The stack calls it once
 * for every configuration of that PID a run config plans, before it applies any of them, from a
 * thread of its own and holding no lock. Implementations must be thread-safe and must not block.
 */
@ConsumerType
public interface SettingsCheck {

    /** Service property naming the factory PID whose configurations it checks: {@value}. */
    String FACTORY_PID = "strata.settings.factory.pid";

    /**
     * Checks one planned configuration; returns when the component would accept it.
     *
     * @param properties the properties the stack would give Configuration Admin, values already
     *     converted to the types the Metatype definition names (for example {@code Integer},
     *     {@code Double}, {@code String[]}); settings left out take their defaults; unmodifiable
     * @throws SettingException naming the first setting the component would refuse
     * @throws IllegalArgumentException when the configuration as a whole would be refused
     */
    void check(Map<String, Object> properties);
}
