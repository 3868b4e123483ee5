package dev.strata.api.stack;

/**
 * A setting of a provider's configuration that its component refuses: thrown by a {@link
 * SettingsCheck} and by the component's own activation, so that the run config and the log say
 * the same. The message reads {@code PROPERTY PROBLEM}, for example {@code retention is '7 days';
 * give a duration such as 30s, 5m, 7d or PT30S}.
 */
public class SettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String property;

    private final String problem;

    /**
     * @param property the configuration property, as Configuration Admin names it, for example
     *     {@code retry.initial.backoff}
     * @param problem what is wrong with its value, naming the value, and what to write instead,
     *     for example {@code is 'soon'; give a duration such as 30s, 5m, 7d or PT30S}
     */
    public SettingException(String property, String problem) {
        super(property + " " + problem);
        this.property = property;
        this.problem = problem;
    }

    /** The configuration property, for example {@code retry.initial.backoff}. */
    public String property() {
        return property;
    }

    /** What is wrong with its value and what to write instead, without the property's name. */
    public String problem() {
        return problem;
    }
}
