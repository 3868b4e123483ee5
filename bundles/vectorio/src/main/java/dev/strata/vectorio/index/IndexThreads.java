package dev.strata.vectorio.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads an index writes on. Lucene's IndexWriter closes itself for good when a thread is
 * interrupted while it writes or syncs a file (the JDK closes a file channel on its user's
 * interrupt), and the scheduler interrupts an executor's thread to cancel its job. So every write
 * runs on a thread of this pool, which nothing interrupts, while the caller waits for it: the
 * write either happens or fails as a whole, and the caller's interrupt flag is kept for it to act
 * on once the call returns.
 *
 * <p>The pool grows with the callers (one thread per concurrent write, as if they wrote on their
 * own threads) and idle threads end after {@value #IDLE_SECONDS} s. Closing waits for the writes
 * that are running.
 */
final class IndexThreads implements Closeable {

    /** Work that may fail with an IOException. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException;
    }

    private static final long IDLE_SECONDS = 30;

    private final String name;
    private final ExecutorService threads;

    IndexThreads(String name) {
        this.name = name;
        AtomicInteger count = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(
                0, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(), work -> {
                    Thread thread = new Thread(work, name + "-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * Runs the work on an index thread and returns its result, waiting even when interrupted;
     * the interrupt flag is set again on return.
     *
     * @throws IllegalStateException if the pool is closed
     */
    <T> T run(Work<T> work) throws IOException {
        Future<T> future;
        try {
            future = threads.submit(work::run);
        } catch (RejectedExecutionException closed) {
            throw new IllegalStateException(name + " is closed; open the index again", closed);
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw rethrow(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static IOException rethrow(Throwable failure) {
        if (failure instanceof IOException io) {
            return io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IOException(failure.toString(), failure);
    }

    /** Takes no more work and waits, ignoring interrupts, until the running work has finished. */
    @Override
    public void close() {
        threads.shutdown();
        boolean interrupted = false;
        while (!threads.isTerminated()) {
            try {
                threads.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
