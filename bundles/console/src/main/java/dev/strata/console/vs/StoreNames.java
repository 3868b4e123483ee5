package dev.strata.console.vs;

import dev.strata.api.common.Page;
import dev.strata.api.common.PageRequest;
import dev.strata.api.vectorio.VectorIO;
import dev.strata.api.vectorio.VectorStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the vector store a command names: by its id ({@code vs_...}) or by its name. Names are
 * not unique in OpenAI's API, so a name that several stores share names none of them.
 */
final class StoreNames {

    /** The prefix of store ids. */
    static final String ID_PREFIX = "vs_";

    private StoreNames() {}

    /**
     * Returns the store with the id or name {@code wanted}.
     *
     * @throws IllegalArgumentException when no store or several stores have it
     */
    static VectorStore resolve(VectorIO vectorIO, String wanted) {
        Optional<VectorStore> byId = byId(vectorIO, wanted);
        if (byId.isPresent()) {
            return byId.get();
        }
        return pick(wanted, all(vectorIO, Integer.MAX_VALUE));
    }

    /**
     * Picks the one store named {@code wanted} among {@code stores}.
     *
     * @throws IllegalArgumentException when none or several have that name; the message lists
     *     the ids of several, or names a store whose name differs only in case
     */
    static VectorStore pick(String wanted, List<VectorStore> stores) {
        List<VectorStore> named =
                stores.stream().filter(s -> s.name().equals(wanted)).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.size() > 1) {
            throw new IllegalArgumentException(named.size() + " vector stores are named '" + wanted + "' ("
                    + String.join(", ", named.stream().map(VectorStore::id).toList())
                    + "); name one by its id");
        }
        Optional<VectorStore> nearly = stores.stream()
                .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)))
                .findFirst();
        throw new IllegalArgumentException("No vector store has the id or name '" + wanted + "'; "
                + nearly.map(s -> "did you mean '" + s.name() + "' (" + s.id() + ")?")
                        .orElse("vs:list shows the stores, vs:create makes one"));
    }

    /** Returns up to {@code most} stores, newest first, reading a page at a time. */
    static List<VectorStore> all(VectorIO vectorIO, int most) {
        List<VectorStore> stores = new ArrayList<>();
        PageRequest request = PageRequest.ofLimit(Math.min(most, PageRequest.MAX_LIMIT));
        while (stores.size() < most) {
            Page<VectorStore> page = vectorIO.listStores(request);
            page.data().stream().limit(most - stores.size()).forEach(stores::add);
            if (!page.hasMore() || page.data().isEmpty() || page.lastId().equals(request.after())) {
                break;
            }
            request = request.withAfter(page.lastId());
        }
        return stores;
    }

    /** Whether the shell takes {@code name} as one word, without quotes. */
    static boolean isPlainWord(String name) {
        return name.matches("[\\p{L}\\p{N}._:@+-]+");
    }

    private static Optional<VectorStore> byId(VectorIO vectorIO, String wanted) {
        if (!wanted.startsWith(ID_PREFIX)) {
            return Optional.empty();
        }
        try {
            return vectorIO.getStore(wanted);
        } catch (IllegalArgumentException notAnId) {
            // a store may be named like an id; then it is found by name
            return Optional.empty();
        }
    }
}
