package dev.strata.api.vectorio;

import dev.strata.api.common.WireNamed;
import org.osgi.annotation.versioning.ProviderType;

/** How a search matches chunks, with the wire names of Llama Stack's {@code search_mode}. */
@ProviderType
public enum SearchMode implements WireNamed {
    /** By similarity of embeddings, the default: {@code "vector"}. */
    VECTOR("vector"),
    /** By the query's words (full-text relevance): {@code "keyword"}. */
    KEYWORD("keyword"),
    /** Both, merged by a {@link Ranker}: {@code "hybrid"}. */
    HYBRID("hybrid");

    private final String wireName;

    SearchMode(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the mode with the given wire name.
     *
     * @param name a wire name such as {@code "hybrid"}
     * @return the mode, never {@code null}
     * @throws IllegalArgumentException if no mode has that name; the message lists them
     */
    public static SearchMode fromWireName(String name) {
        return WireNamed.lookup(SearchMode.class, "search mode", name);
    }
}
