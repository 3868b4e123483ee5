package dev.strata.api.vectorio;

import dev.strata.api.common.WireNamed;
import org.osgi.annotation.versioning.ProviderType;

/** How a {@link Filter.Comparison} compares an attribute with its value; OpenAI's wire names. */
@ProviderType
public enum ComparisonOperator implements WireNamed {
    /** Equal: {@code "eq"}. */
    EQ("eq"),
    /** Not equal: {@code "ne"}. */
    NE("ne"),
    /** Greater than: {@code "gt"}. */
    GT("gt"),
    /** Greater than or equal: {@code "gte"}. */
    GTE("gte"),
    /** Less than: {@code "lt"}. */
    LT("lt"),
    /** Less than or equal: {@code "lte"}. */
    LTE("lte"),
    /** Equal to one of a list of values: {@code "in"}. */
    IN("in"),
    /** Equal to none of a list of values: {@code "nin"}. */
    NIN("nin");

    private final String wireName;

    ComparisonOperator(String wireName) {
        this.wireName = wireName;
    }

    /**
     * Returns whether this operator takes a list of values ({@link #IN} and {@link #NIN})
     * rather than one value.
     *
     * @return {@code true} for {@code in} and {@code nin}
     */
    public boolean takesList() {
        return this == IN || this == NIN;
    }

    /**
     * Returns whether this operator orders values ({@code gt}, {@code gte}, {@code lt}, {@code
     * lte}), which only numbers and strings support.
     *
     * @return {@code true} for the four ordering operators
     */
    public boolean isOrdering() {
        return this == GT || this == GTE || this == LT || this == LTE;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the operator with the given wire name.
     *
     * @param name a wire name such as {@code "gte"}
     * @return the operator, never {@code null}
     * @throws IllegalArgumentException if no operator has that name; the message lists them
     */
    public static ComparisonOperator fromWireName(String name) {
        return WireNamed.lookup(ComparisonOperator.class, "comparison operator", name);
    }
}
