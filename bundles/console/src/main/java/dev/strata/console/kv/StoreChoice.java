package dev.strata.console.kv;

import java.util.List;

/** Picks the KV store a command works on, from the provider ids of the running stores. */
final class StoreChoice {

    private StoreChoice() {}

    /**
     * @param running the provider ids of the running stores, sorted
     * @param requested the {@code --store} option; {@code null} when not given
     * @return the provider id to use
     * @throws IllegalArgumentException when there is no store, no such store, or a choice to make
     */
    static String choose(List<String> running, String requested) {
        if (running.isEmpty()) {
            throw new IllegalArgumentException("No KV store is running; install the strata-kvstore feature and"
                    + " configure a store (factory PID dev.strata.kvstore), then see kv:stores");
        }
        if (requested != null) {
            if (!running.contains(requested)) {
                throw new IllegalArgumentException("No KV store '" + requested
                        + "' is running; use --store with one of: " + String.join(", ", running));
            }
            return requested;
        }
        if (running.size() > 1) {
            throw new IllegalArgumentException(running.size() + " KV stores are running (" + String.join(", ", running)
                    + "); choose one with --store");
        }
        return running.get(0);
    }
}
