package dev.strata.scheduler.engine;

import dev.strata.api.kvstore.KVEntry;
import dev.strata.api.kvstore.KVStore;
import dev.strata.api.kvstore.KVWrite;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The engine's view of its KV namespace: which keys each change of a job writes (see {@link
 * SchedulerEngine} for the layout), reading records back, and the ordered scans that loading
 * and listing need. Thread-safe; every write goes through {@link GroupCommit}.
 */
final class JobStore {

    private static final byte[] EMPTY = new byte[0];

    private final KVStore kv;
    private final JobCodec codec;
    private final GroupCommit commit;
    private final Supplier<Duration> retention;

    /** @param retention the retention period in effect, read for each finished job */
    JobStore(KVStore kv, JobCodec codec, Supplier<Duration> retention) {
        this.kv = kv;
        this.codec = codec;
        this.commit = new GroupCommit(kv);
        this.retention = retention;
    }

    GroupCommit groupCommit() {
        return commit;
    }

    Optional<StoredJob> read(String id) {
        String key = JobKeys.record(id);
        return kv.get(key).map(bytes -> codec.read(key, bytes));
    }

    /** Makes the writes durable; they apply all together or not at all. */
    void commit(List<KVWrite> writes) {
        commit.write(writes);
    }

    /** A new job: its record, its place in the newest-first order, and its queue entry. */
    void addCreated(List<KVWrite> writes, StoredJob job) {
        writes.add(KVWrite.put(JobKeys.record(job.id()), codec.write(job)));
        writes.add(KVWrite.put(JobKeys.newestFirst(job.id()), utf8(job.type())));
        writes.add(queueEntry(job));
    }

    /** A pending or running job changed: its record and its queue entry. */
    List<KVWrite> active(StoredJob job) {
        return List.of(KVWrite.put(JobKeys.record(job.id()), codec.write(job)), queueEntry(job));
    }

    /** A change that leaves the queue as it is (a checkpoint, a cancel request). */
    List<KVWrite> recordOnly(StoredJob job) {
        return List.of(KVWrite.put(JobKeys.record(job.id()), codec.write(job)));
    }

    /**
     * A job finished: it leaves the queue, and its keys expire after the retention period, so
     * the store removes finished jobs without the engine scanning for them.
     */
    void addFinished(List<KVWrite> writes, StoredJob job) {
        Instant expiry = job.info().finishedAt().plus(retention.get());
        writes.add(new KVWrite.Put(JobKeys.record(job.id()), codec.write(job), expiry));
        writes.add(new KVWrite.Put(JobKeys.newestFirst(job.id()), utf8(job.type()), expiry));
        writes.add(KVWrite.delete(JobKeys.queue(job.id())));
    }

    /** A finished job retried: the same keys as a new job, which also clears their expiry. */
    List<KVWrite> retried(StoredJob job) {
        List<KVWrite> writes = new ArrayList<>(3);
        addCreated(writes, job);
        return writes;
    }

    List<KVWrite> deleted(String id) {
        return List.of(
                KVWrite.delete(JobKeys.record(id)),
                KVWrite.delete(JobKeys.newestFirst(id)),
                KVWrite.delete(JobKeys.queue(id)));
    }

    /** Reads every queue entry in id order, a page at a time, without reading records. */
    void forEachQueued(int pageSize, Consumer<QueueEntry> consumer) {
        String after = null;
        List<KVEntry> page;
        do {
            page = rangeAfter(JobKeys.QUEUE, after, null, pageSize);
            for (KVEntry entry : page) {
                String id = JobKeys.idOf(JobKeys.QUEUE, entry.key());
                consumer.accept(QueueEntry.decode(id, new String(entry.value(), StandardCharsets.UTF_8)));
                after = id;
            }
        } while (page.size() == pageSize);
    }

    /** The newest job's id: the first key of the newest-first order. */
    Optional<String> newestId() {
        List<String> first = kv.keys(JobKeys.NEWEST_FIRST, JobKeys.end(JobKeys.NEWEST_FIRST), 1);
        return first.stream()
                .map(key -> JobKeys.idOf(JobKeys.NEWEST_FIRST, key))
                .findFirst();
    }

    /** Records strictly between the ids {@code from} and {@code to} (either may be null), oldest first. */
    List<StoredJob> oldestFirst(String from, String to, int limit) {
        List<StoredJob> jobs = new ArrayList<>();
        for (KVEntry entry : rangeAfter(JobKeys.RECORD, from, to, limit)) {
            jobs.add(codec.read(entry.key(), entry.value()));
        }
        return jobs;
    }

    /** A job's id and type, as the newest-first order holds them. */
    record Listed(String id, String type) {}

    /** Jobs strictly between the ids {@code from} and {@code to} (either may be null), newest first. */
    List<Listed> newestFirst(String from, String to, int limit) {
        String start = from == null ? null : JobIds.invert(from);
        String end = to == null ? null : JobIds.invert(to);
        List<Listed> jobs = new ArrayList<>();
        for (KVEntry entry : rangeAfter(JobKeys.NEWEST_FIRST, start, end, limit)) {
            String id = JobKeys.idOf(JobKeys.NEWEST_FIRST, entry.key());
            jobs.add(new Listed(id, new String(entry.value(), StandardCharsets.UTF_8)));
        }
        return jobs;
    }

    /** Entries of a prefix strictly between two suffixes, in key order; the store's start is inclusive. */
    private List<KVEntry> rangeAfter(String prefix, String after, String before, int limit) {
        String start = after == null ? prefix : prefix + after;
        String end = before == null ? JobKeys.end(prefix) : prefix + before;
        int extra = after == null ? 0 : 1;
        List<KVEntry> entries = kv.range(start, end, limit + extra);
        if (extra == 1 && !entries.isEmpty() && entries.get(0).key().equals(start)) {
            return entries.subList(1, entries.size());
        }
        return entries.size() > limit ? entries.subList(0, limit) : entries;
    }

    private KVWrite queueEntry(StoredJob job) {
        return KVWrite.put(JobKeys.queue(job.id()), utf8(QueueEntry.of(job).encode()));
    }

    private static byte[] utf8(String text) {
        return text.isEmpty() ? EMPTY : text.getBytes(StandardCharsets.UTF_8);
    }
}
