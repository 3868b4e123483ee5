package dev.strata.scheduler.engine;

/** Why the engine interrupted an executor's thread; it decides what becomes of the attempt. */
enum Interruption {
    /** The job was cancelled: it becomes cancelled when the executor returns. */
    CANCELLED,
    /** The attempt ran past its type's timeout: a failed attempt. */
    TIMED_OUT,
    /** The engine is shutting down: the job goes back to pending, the attempt uncounted. */
    SHUTDOWN,
    /** The executor was unregistered: the job goes back to pending, the attempt uncounted. */
    EXECUTOR_GONE
}
