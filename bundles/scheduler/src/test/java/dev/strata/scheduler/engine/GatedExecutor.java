package dev.strata.scheduler.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.scheduler.JobContext;
import dev.strata.api.scheduler.JobExecutor;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An executor whose every call waits until the test ends it: with a result, an exception, or by
 * interrupting it. Each call is announced on a queue the test takes from, so thread hand-offs
 * need no sleeping.
 */
final class GatedExecutor implements JobExecutor {

    private final BlockingQueue<Call> started = new LinkedBlockingQueue<>();
    private final boolean stubborn;

    /** An executor whose calls return by throwing when interrupted. */
    GatedExecutor() {
        this(false);
    }

    /**
     * @param stubborn whether calls note an interrupt but keep waiting for the test to end them,
     *     as an executor that finishes its step first would
     */
    GatedExecutor(boolean stubborn) {
        this.stubborn = stubborn;
    }

    /** One call of {@link #execute}, held until the test ends it. */
    static final class Call {
        final JobContext context;
        private final boolean stubborn;
        private final CompletableFuture<Map<String, Object>> outcome = new CompletableFuture<>();
        private final CompletableFuture<Boolean> interrupted = new CompletableFuture<>();

        Call(JobContext context, boolean stubborn) {
            this.context = context;
            this.stubborn = stubborn;
        }

        void complete(Map<String, Object> result) {
            outcome.complete(result);
        }

        void fail(Exception failure) {
            outcome.completeExceptionally(failure);
        }

        /** Waits until the engine interrupted the call's thread; the call then returns by throwing. */
        void awaitInterrupt() throws Exception {
            assertThat(interrupted.get(10, TimeUnit.SECONDS)).isTrue();
        }

        Map<String, Object> await() throws Exception {
            while (true) {
                try {
                    return outcome.get();
                } catch (InterruptedException e) {
                    interrupted.complete(true);
                    if (!stubborn) {
                        throw e;
                    }
                } catch (ExecutionException e) {
                    throw (Exception) e.getCause();
                }
            }
        }
    }

    @Override
    public Map<String, Object> execute(JobContext context) throws Exception {
        Call call = new Call(context, stubborn);
        started.add(call);
        return call.await();
    }

    /** The next call, waiting up to 10 s of real time for it. */
    Call next() throws InterruptedException {
        Call call = started.poll(10, TimeUnit.SECONDS);
        assertThat(call).as("a call of the gated executor within 10 s").isNotNull();
        return call;
    }

    /** Whether a call is waiting to be taken by {@link #next()}. */
    boolean hasWaitingCall() {
        return !started.isEmpty();
    }
}
