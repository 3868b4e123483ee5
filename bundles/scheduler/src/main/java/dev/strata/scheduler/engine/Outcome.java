package dev.strata.scheduler.engine;

import java.util.Map;

/** How a call of {@link dev.strata.api.scheduler.JobExecutor#execute} ended. */
sealed interface Outcome {

    /** It returned, possibly {@code null}, possibly with a value that is not JSON. */
    record Returned(Map<String, Object> result) implements Outcome {}

    /** It threw. */
    record Threw(Throwable failure) implements Outcome {}

    /** It was never called: the attempt was interrupted before the executor got the job. */
    record NotRun() implements Outcome {}
}
