package dev.strata.stack.plan;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The settings a provider type accepts, as its bundle describes them with OSGi Metatype (an
 * object class definition of its factory PID, Metatype 1.4, section 105.3). Immutable.
 *
 * @param settings every setting, in the definition's order
 */
public record SettingsSchema(List<Setting> settings) {

    /** Copies the list. */
    public SettingsSchema {
        settings = List.copyOf(settings);
    }

    /** The setting with a property name, if the schema has it. */
    public Optional<Setting> find(String id) {
        return settings.stream().filter(setting -> setting.id().equals(id)).findFirst();
    }

    /** The kinds of value a setting holds. */
    public enum Kind {
        TEXT,
        INTEGER,
        LONG,
        DOUBLE,
        BOOLEAN
    }

    /**
     * One setting.
     *
     * @param id its property name, e.g. {@code max.concurrent.jobs}
     * @param kind what its values are
     * @param multiple whether it takes a list of values
     * @param required whether it must be given (a required setting with a default never is)
     * @param hasDefault whether the definition gives a default
     * @param options the values it is limited to; empty for any
     * @param validate checks one value as text; returns {@code null} or an empty text when it
     *     is fine, else what is wrong
     */
    public record Setting(
            String id,
            Kind kind,
            boolean multiple,
            boolean required,
            boolean hasDefault,
            List<String> options,
            UnaryOperator<String> validate) {

        /** Copies the options. */
        public Setting {
            options = List.copyOf(options);
        }

        /** The name the run config uses for it: {@code max_concurrent_jobs}. */
        public String runConfigName() {
            String name = id.startsWith(".") ? id.substring(1) : id;
            return name.replace('.', '_');
        }
    }
}
