package dev.strata.console;

import dev.strata.api.common.PageRequest;

/** The page a command's {@code --limit} asks for. */
public final class PageLimits {

    private PageLimits() {}

    /**
     * @throws IllegalArgumentException naming {@code --limit} and its range when {@code limit}
     *     is outside 1 to {@value PageRequest#MAX_LIMIT}
     */
    public static PageRequest of(int limit) {
        if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
            throw new IllegalArgumentException(
                    "--limit " + limit + " is out of range; use 1 to " + PageRequest.MAX_LIMIT);
        }
        return PageRequest.ofLimit(limit);
    }
}
