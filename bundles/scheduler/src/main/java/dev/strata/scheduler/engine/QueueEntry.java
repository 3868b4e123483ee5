package dev.strata.scheduler.engine;

import dev.strata.api.scheduler.JobStatus;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * What the engine needs to queue a pending or running job without reading its record: its
 * type, whether it was running, and the end of its retry backoff. Stored as the value of the
 * job's {@code queue/} key, as {@code type|P|} or {@code type|R|} with the backoff's end as an
 * ISO-8601 instant after the last bar when there is one ({@code '|'} never occurs in a type).
 *
 * @param id the job's id
 * @param type the job's type
 * @param running whether the job was running when the entry was written
 * @param notBefore when a job in retry backoff may run again; {@code null} when it may run now
 */
record QueueEntry(String id, String type, boolean running, Instant notBefore) {

    static QueueEntry of(StoredJob job) {
        return new QueueEntry(job.id(), job.type(), job.status() == JobStatus.RUNNING, job.notBefore());
    }

    String encode() {
        return type + (running ? "|R|" : "|P|") + (notBefore == null ? "" : notBefore.toString());
    }

    /**
     * Reads an entry back.
     *
     * @throws IllegalStateException if the value is not an entry; the message names the job
     */
    static QueueEntry decode(String id, String value) {
        String[] parts = value.split("\\|", 3);
        if (parts.length != 3 || !(parts[1].equals("P") || parts[1].equals("R"))) {
            throw new IllegalStateException("queue entry of job " + id + " is '" + value
                    + "', not 'type|P|' or 'type|R|'; delete the key queue/" + id + " to drop the job from the queue");
        }
        try {
            Instant notBefore = parts[2].isEmpty() ? null : Instant.parse(parts[2]);
            return new QueueEntry(id, parts[0], parts[1].equals("R"), notBefore);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(
                    "queue entry of job " + id + " has the backoff end '" + parts[2]
                            + "', not an ISO-8601 instant; delete the key queue/" + id
                            + " to drop the job from the queue",
                    e);
        }
    }
}
