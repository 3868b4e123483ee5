package dev.strata.api.inference;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A run of consecutive tokens of a {@link TokenizedText}, named by their indexes in {@link
 * TokenizedText#tokens()}. Immutable.
 *
 * @param first the index of its first token, 0 or more
 * @param last the index of its last token, not below {@code first}
 * @since 1.1
 */
@ProviderType
public record TokenWindow(int first, int last) {

    /**
     * Validates the window.
     *
     * @throws IllegalArgumentException if {@code first} is negative or {@code last} is below it
     */
    public TokenWindow {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException(
                    "token window is [" + first + ", " + last + "]; use 0 <= first <= last, both token indexes");
        }
    }

    /**
     * Returns how many of the text's tokens the window holds.
     *
     * @return {@code last - first + 1}, 1 or more
     */
    public int size() {
        return last - first + 1;
    }
}
