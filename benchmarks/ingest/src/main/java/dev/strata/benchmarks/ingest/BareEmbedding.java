package dev.strata.benchmarks.ingest;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Embeds texts with the bare model, one text per call, from a fixed number of threads that each
 * take the next text not yet taken, so that no thread idles while texts remain.
 */
final class BareEmbedding {

    /** The length of all-MiniLM-L6-v2's vectors. */
    static final int DIMENSION = 384;

    private final EmbeddingModel model;
    private final int threads;
    private final AtomicLong tokens = new AtomicLong();
    private final AtomicInteger longest = new AtomicInteger();

    BareEmbedding(EmbeddingModel model, int threads) {
        this.model = model;
        this.threads = threads;
    }

    /**
     * Embeds every text once.
     *
     * @return the wall time, in nanoseconds
     * @throws IllegalStateException if the model failed on a text or gave a vector of another length
     */
    long embedAll(List<String> texts) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            workers.add(new Thread(() -> embedUntilDone(texts, next, failure), "bare-embed-" + i));
        }
        long start = System.nanoTime();
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
        long elapsed = System.nanoTime() - start;
        if (failure.get() != null) {
            throw failure.get();
        }
        return elapsed;
    }

    /** The tokens the model read over every call so far, as langchain4j counts them ([CLS] and [SEP] left out). */
    long tokens() {
        return tokens.get();
    }

    /** The most tokens the model read of one text. */
    int longestText() {
        return longest.get();
    }

    private void embedUntilDone(List<String> texts, AtomicInteger next, AtomicReference<RuntimeException> failure) {
        for (int i = next.getAndIncrement(); i < texts.size() && failure.get() == null; i = next.getAndIncrement()) {
            try {
                Response<Embedding> response = model.embed(texts.get(i));
                Embedding vector = response.content();
                if (vector.dimension() != DIMENSION) {
                    throw new IllegalStateException(
                            "text " + i + " got a vector of " + vector.dimension() + " dimensions, not " + DIMENSION);
                }
                int read = response.tokenUsage().inputTokenCount();
                tokens.addAndGet(read);
                longest.accumulateAndGet(read, Math::max);
            } catch (RuntimeException e) {
                failure.compareAndSet(null, new IllegalStateException("embedding text " + i + " failed: " + e, e));
            }
        }
    }
}
