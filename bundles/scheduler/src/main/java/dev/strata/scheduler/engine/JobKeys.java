package dev.strata.scheduler.engine;

/**
 * The key layout of the scheduler's namespace in the KV store; see {@link SchedulerEngine} for
 * what each key holds and why.
 */
final class JobKeys {

    /** {@code job/<id>}: the job's record, in id order, which is creation order. */
    static final String RECORD = "job/";

    /** {@code desc/<inverted id>}: every job again, newest first; the value is the job's type. */
    static final String NEWEST_FIRST = "desc/";

    /** {@code queue/<id>}: one per pending or running job; the value is a {@link QueueEntry}. */
    static final String QUEUE = "queue/";

    private JobKeys() {}

    static String record(String id) {
        return RECORD + id;
    }

    static String newestFirst(String id) {
        return NEWEST_FIRST + JobIds.invert(id);
    }

    static String queue(String id) {
        return QUEUE + id;
    }

    /** The id in a key of one of the prefixes; a {@link #NEWEST_FIRST} key is inverted back. */
    static String idOf(String prefix, String key) {
        String rest = key.substring(prefix.length());
        return prefix.equals(NEWEST_FIRST) ? JobIds.invert(rest) : rest;
    }

    /** The first key after every key with the prefix: its last character raised by one. */
    static String end(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }
}
