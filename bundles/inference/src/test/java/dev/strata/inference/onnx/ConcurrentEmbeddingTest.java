package dev.strata.inference.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.api.inference.Embeddings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Callers that embed at once share one ONNX session and one tokenizer; each must get exactly
 * the vectors it would get alone. Every thread embeds texts of its own, so a vector that strayed
 * to another caller, or a buffer two calls shared, shows as a wrong vector.
 */
class ConcurrentEmbeddingTest {

    private static final int THREADS = 8;

    private static final int ROUNDS = 5;

    @Test
    void eightThreadsGetTheVectorsOneThreadGets() throws Exception {
        assertConcurrentCallersAgreeWithOne(SharedEmbedder.get());
    }

    @Test
    void eightThreadsGetTheVectorsOneThreadGetsWithBatches() throws Exception {
        try (OnnxEmbedder batched = OnnxEmbedder.open(new OnnxSettings("batched", "m", 4, 256, 0))) {
            assertConcurrentCallersAgreeWithOne(batched);
        }
    }

    private static void assertConcurrentCallersAgreeWithOne(OnnxEmbedder embedder) throws Exception {
        List<List<String>> work = IntStream.range(0, THREADS)
                .mapToObj(ConcurrentEmbeddingTest::texts)
                .toList();
        List<Embeddings> alone = work.stream().map(embedder::embed).toList();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<Embeddings>>> results = new ArrayList<>();
            for (List<String> texts : work) {
                results.add(threads.submit(() -> {
                    start.await();
                    List<Embeddings> rounds = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        rounds.add(embedder.embed(texts));
                    }
                    return rounds;
                }));
            }
            for (int thread = 0; thread < THREADS; thread++) {
                for (Embeddings round : results.get(thread).get()) {
                    assertSameVectors(round, alone.get(thread));
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static void assertSameVectors(Embeddings actual, Embeddings expected) {
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.promptTokens()).isEqualTo(expected.promptTokens());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.vector(i)).containsExactly(expected.vector(i));
        }
    }

    /** Six texts of varied length, different for every thread. */
    private static List<String> texts(int thread) {
        return List.of(
                "thread " + thread + " asks about the weather",
                "caller number " + thread,
                ("a longer sentence from worker " + thread + " that pads its batch ").repeat(3),
                "order " + thread + " of books",
                "x" + thread,
                "the scheduler ran job " + thread + " to completion after two retries");
    }
}
