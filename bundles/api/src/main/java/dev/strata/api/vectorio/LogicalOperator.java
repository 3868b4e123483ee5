package dev.strata.api.vectorio;

import dev.strata.api.common.WireNamed;
import org.osgi.annotation.versioning.ProviderType;

/** How a {@link Filter.Compound} combines its filters; OpenAI's wire names. */
@ProviderType
public enum LogicalOperator implements WireNamed {
    /** Every filter must match: {@code "and"}. */
    AND("and"),
    /** At least one filter must match: {@code "or"}. */
    OR("or");

    private final String wireName;

    LogicalOperator(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the operator with the given wire name.
     *
     * @param name {@code "and"} or {@code "or"}
     * @return the operator, never {@code null}
     * @throws IllegalArgumentException if {@code name} is neither; the message lists both
     */
    public static LogicalOperator fromWireName(String name) {
        return WireNamed.lookup(LogicalOperator.class, "logical operator", name);
    }
}
