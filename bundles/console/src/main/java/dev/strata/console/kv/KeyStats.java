package dev.strata.console.kv;

import dev.strata.api.kvstore.KVEntry;
import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import org.apache.karaf.shell.support.table.ShellTable;

/** Tallies entries for {@code kv:stats}: totals, and keys and bytes per group of keys. */
final class KeyStats {

    /** Keys and bytes of one group. */
    static final class Group {
        long keys;
        long bytes;
    }

    private final StoreInfo store;
    private final String prefix;
    private final String separator;
    private final Map<String, Group> groups = new TreeMap<>();
    private long keys;
    private long bytes;
    private long expiring;
    private String largestKey;
    private long largest = -1;
    private boolean stoppedEarly;

    KeyStats(StoreInfo store, String prefix, String separator) {
        this.store = store;
        this.prefix = prefix;
        this.separator = separator;
    }

    void add(KVEntry entry) {
        long size = entry.value().length;
        keys++;
        bytes += size;
        expiring += entry.expiresAt() == null ? 0 : 1;
        if (size > largest) {
            largest = size;
            largestKey = entry.key();
        }
        Group group = groups.computeIfAbsent(groupOf(entry.key()), name -> new Group());
        group.keys++;
        group.bytes += size;
    }

    /** The part of the key after the prefix and up to and including the first separator. */
    String groupOf(String key) {
        String rest = key.substring(prefix.length());
        int at = separator.isEmpty() ? -1 : rest.indexOf(separator);
        return prefix + (at < 0 ? rest : rest.substring(0, at + separator.length()) + "*");
    }

    void finish(boolean stoppedEarly) {
        this.stoppedEarly = stoppedEarly;
    }

    long keys() {
        return keys;
    }

    Map<String, Group> groups() {
        return groups;
    }

    void print(PrintStream out) {
        out.println("KV store '" + store.providerId() + "' (" + store.type() + ", namespace " + store.namespace() + ", "
                + store.location() + ")");
        out.println(keys + " live keys" + (prefix.isEmpty() ? "" : " under '" + prefix + "'") + ", " + bytes
                + " value bytes, " + expiring + " with an expiry"
                + (largestKey == null ? "" : ", largest value " + largest + " bytes at '" + largestKey + "'"));
        if (stoppedEarly) {
            out.println("Stopped after " + keys + " entries: raise --max-entries or narrow --prefix for all of them.");
        }
        ShellTable table = new ShellTable();
        table.column("Keys like").maxSize(60);
        table.column("Keys").alignRight();
        table.column("Bytes").alignRight();
        groups.forEach((name, group) -> table.addRow().addContent(name, group.keys, group.bytes));
        table.print(out);
    }
}
