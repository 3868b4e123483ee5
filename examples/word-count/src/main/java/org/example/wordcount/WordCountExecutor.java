package org.example.wordcount;

import dev.strata.api.scheduler.JobContext;
import dev.strata.api.scheduler.JobExecutor;
import dev.strata.api.stack.ServesProviderType;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Runs {@value #JOB_TYPE} jobs: counts the words of {@code data.text} and returns {@code
 * {words, distinct, top: [{word, count}]}}.
 *
 * <p>Dropped into {@code deploy/}, it runs at once with its default settings, so {@value
 * #JOB_TYPE} jobs that were waiting for an executor start. Each {@code example::word_count} entry
 * of the run config makes an instance with its own settings instead (configuration policy
 * optional: DS 1.5, section 112.7.1); listing one also makes the scheduler wait for {@value
 * #JOB_TYPE} executors before it starts.
 */
@Component(
        service = JobExecutor.class,
        configurationPid = WordCountExecutor.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = JobExecutor.JOB_TYPE + "=" + WordCountExecutor.JOB_TYPE)
@Designate(ocd = WordCountConfig.class, factory = true)
@ServesProviderType(
        type = "example::word_count",
        api = "text_analysis",
        factoryPid = WordCountExecutor.PID,
        executes = WordCountExecutor.JOB_TYPE)
public class WordCountExecutor implements JobExecutor {

    /** The factory PID of word count providers. */
    public static final String PID = "org.example.wordcount";

    /** The job type this provider executes. */
    public static final String JOB_TYPE = "word_count";

    private final WordCounter counter;

    @Activate
    public WordCountExecutor(WordCountConfig config) {
        this.counter = new WordCounter(config.min_word_length(), config.lowercase(), config.top());
    }

    @Override
    public Map<String, Object> execute(JobContext context) throws InterruptedException {
        Object text = context.data().get("text");
        if (!(text instanceof String words)) {
            throw new IllegalArgumentException(
                    "job " + context.jobId() + " has no text to count: give data" + " {\"text\": \"...\"}, found "
                            + (text == null ? "none" : "a " + text.getClass().getSimpleName()));
        }
        context.progress(0, "counting " + words.length() + " characters");
        Map<String, Object> result = counter.count(words, () -> stopIfCancelled(context));
        context.progress(1, "counted " + result.get("words") + " words");
        return result;
    }

    private static void stopIfCancelled(JobContext context) {
        if (context.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancellationRequest();
        }
    }

    /** Unwinds the count when the job is cancelled; the scheduler discards the result anyway. */
    private static final class CancellationRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CancellationRequest() {
            super("cancelled", null, false, false);
        }
    }
}
