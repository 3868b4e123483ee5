package dev.strata.api.vectorio;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One page of a file's parsed content, as OpenAI's file content endpoint pages it: the file's
 * chunks' texts in order. Immutable.
 *
 * @param texts the chunks' texts, in file order, never {@code null}
 * @param nextPageOrNull the token that asks for the next page; {@code null} on the last page
 */
@ProviderType
public record FileContentPage(List<String> texts, String nextPageOrNull) {

    /**
     * Copies the texts.
     *
     * @throws IllegalArgumentException if {@code texts} is {@code null} or holds {@code null}
     */
    public FileContentPage {
        Checks.requireNonNull("texts", texts);
        texts = List.copyOf(texts);
    }

    /**
     * Returns whether another page follows.
     *
     * @return {@code true} if {@link #nextPageOrNull()} is set
     */
    public boolean hasMore() {
        return nextPageOrNull != null;
    }
}
