package dev.strata.inference.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.api.inference.Embeddings;
import dev.strata.api.inference.InferenceException;
import dev.strata.inference.openai.FakeEndpoint.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiEmbedderTest {

    private static final int DIMENSION = 4;

    private final FakeEndpoint server = startServer();

    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void floatVectorsComeBackInOrderWithTheirTokenCount() throws Exception {
        server.then(Reply.ok(Responses.floats(0, 2, DIMENSION, 7)));

        Embeddings result = embedder(settings(EncodingFormat.FLOAT, 3, 8)).embed(List.of("one", "two"));

        assertThat(result.vector(0)).containsExactly(Responses.vectorOf(0, DIMENSION));
        assertThat(result.vector(1)).containsExactly(Responses.vectorOf(1, DIMENSION));
        assertThat(result.promptTokens()).isEqualTo(7);
        JsonNode request = new ObjectMapper().readTree(server.requests().get(0).body());
        assertThat(request.path("model").asText()).isEqualTo("fake-embed");
        assertThat(request.path("encoding_format").asText()).isEqualTo("float");
        assertThat(request.path("input")).hasSize(2);
    }

    @Test
    void base64VectorsAreDecodedAndPutInIndexOrder() {
        server.then(Reply.ok(Responses.base64(0, 3, DIMENSION, 3)));

        Embeddings result = embedder(settings(EncodingFormat.BASE64, 3, 8)).embed(List.of("a", "b", "c"));

        for (int i = 0; i < 3; i++) {
            assertThat(result.vector(i)).containsExactly(Responses.vectorOf(i, DIMENSION));
        }
        assertThat(server.requests().get(0).body()).contains("\"encoding_format\":\"base64\"");
    }

    @Test
    void textsAreSentInBatchesAndReassembledInOrder() {
        server.then(
                Reply.ok(Responses.floats(0, 2, DIMENSION, 2)),
                Reply.ok(Responses.floats(2, 2, DIMENSION, 2)),
                Reply.ok(Responses.floats(4, 1, DIMENSION, 1)));

        Embeddings result = embedder(settings(EncodingFormat.FLOAT, 3, 2)).embed(List.of("a", "b", "c", "d", "e"));

        assertThat(server.requests()).hasSize(3);
        for (int i = 0; i < 5; i++) {
            assertThat(result.vector(i)).containsExactly(Responses.vectorOf(i, DIMENSION));
        }
        assertThat(result.promptTokens()).isEqualTo(5);
    }

    @Test
    void a429IsRetriedAfterTheWaitRetryAfterAsksFor() {
        server.then(
                Reply.status(429, Map.of("Retry-After", "2"), Responses.error("Rate limit reached")),
                Reply.ok(Responses.floats(0, 1, DIMENSION, 1)));

        Embeddings result = embedder(settings(EncodingFormat.FLOAT, 3, 8)).embed(List.of("a"));

        assertThat(result.vector(0)).containsExactly(Responses.vectorOf(0, DIMENSION));
        assertThat(server.requests()).hasSize(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        server.then(
                Reply.status(429, Map.of("Retry-After", "Sun, 01 Mar 2026 12:00:05 GMT"), ""),
                Reply.ok(Responses.floats(0, 1, DIMENSION, 1)));

        embedder(settings(EncodingFormat.FLOAT, 3, 8)).embed(List.of("a"));

        assertThat(waits).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void withoutRetryAfterTheWaitsGrowExponentially() {
        server.then(
                Reply.status(503, "busy"),
                Reply.status(502, "bad gateway"),
                Reply.status(500, "oops"),
                Reply.ok(Responses.floats(0, 1, DIMENSION, 1)));

        embedder(settings(EncodingFormat.FLOAT, 4, 8)).embed(List.of("a"));

        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void serverErrorsUntilTheAttemptsRunOutFailWithTheLastError() {
        server.then(
                Reply.status(503, Responses.error("overloaded")),
                Reply.status(503, Responses.error("overloaded")),
                Reply.status(503, Responses.error("still overloaded")));

        assertThatThrownBy(() -> embedder(settings(EncodingFormat.FLOAT, 3, 8)).embed(List.of("a")))
                .isInstanceOf(InferenceException.class)
                .hasMessageContaining(server.baseUrl() + "/embeddings")
                .hasMessageContaining("model 'fake-embed'")
                .hasMessageContaining("failed 3 times, lastly: HTTP 503: still overloaded");
        assertThat(server.requests()).hasSize(3);
        assertThat(waits).hasSize(2);
    }

    @Test
    void aServerThatDoesNotAnswerInTimeFailsWithATimeout() {
        server.then(Reply.hang(), Reply.hang());
        OpenAiSettings settings = settings(EncodingFormat.FLOAT, 2, 8, Duration.ofMillis(300));

        assertThatThrownBy(() -> embedder(settings).embed(List.of("a")))
                .isInstanceOf(InferenceException.class)
                .hasMessageContaining("failed 2 times, lastly: no answer within 300 ms (timeout)");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aTimeoutIsRetried() {
        server.then(Reply.hang(), Reply.ok(Responses.floats(0, 1, DIMENSION, 1)));
        OpenAiSettings settings = settings(EncodingFormat.FLOAT, 2, 8, Duration.ofMillis(300));

        assertThat(embedder(settings).embed(List.of("a")).size()).isEqualTo(1);
    }

    @Test
    void aRefusedKeyIsNotRetriedAndTheMessageSaysWhatToCheck() {
        server.then(Reply.status(401, Responses.error("Incorrect API key provided")));

        assertThatThrownBy(() -> embedder(settings(EncodingFormat.FLOAT, 3, 8)).embed(List.of("a")))
                .hasMessageContaining("HTTP 401: Incorrect API key provided (check api_key or api_key_env)");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aRetryAfterLongerThanTheLongestBackoffFailsAtOnce() {
        server.then(Reply.status(429, Map.of("Retry-After", "120"), Responses.error("slow down")));

        assertThatThrownBy(() -> embedder(settings(EncodingFormat.FLOAT, 3, 8)).embed(List.of("a")))
                .hasMessageContaining("the server asks to retry after 120000 ms, longer than retry_max_backoff");
        assertThat(waits).isEmpty();
    }

    @Test
    void theApiKeyIsSentAsABearerToken() {
        server.then(Reply.ok(Responses.floats(0, 1, DIMENSION, 1)));
        OpenAiSettings base = settings(EncodingFormat.FLOAT, 1, 8);
        OpenAiSettings withKey = new OpenAiSettings(
                base.providerId(),
                base.baseUrl(),
                base.modelId(),
                base.dimension(),
                base.maxInputTokens(),
                base.batchSize(),
                base.encodingFormat(),
                Optional.of("sk-test"),
                base.timeout(),
                base.connectTimeout(),
                base.retry(),
                base.tokenizerPath());

        embedder(withKey).embed(List.of("a"));

        assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Bearer sk-test");
    }

    @Test
    void aVectorOfTheWrongDimensionIsRefused() {
        server.then(Reply.ok(Responses.floats(0, 1, DIMENSION + 1, 1)));

        assertThatThrownBy(() -> embedder(settings(EncodingFormat.FLOAT, 1, 8)).embed(List.of("a")))
                .isInstanceOf(InferenceException.class)
                .hasMessageContaining("a vector of 5 dimensions for text 0; dimension is 4");
    }

    @Test
    void fewerVectorsThanTextsAreRefused() {
        server.then(Reply.ok(Responses.floats(0, 1, DIMENSION, 1)));

        assertThatThrownBy(() -> embedder(settings(EncodingFormat.FLOAT, 1, 8)).embed(List.of("a", "b")))
                .hasMessageContaining("sent 1 vectors for 2 texts");
    }

    @Test
    void aFloatArrayWhereBase64WasAskedForIsRefused() {
        server.then(Reply.ok(Responses.floats(0, 1, DIMENSION, 1)));

        assertThatThrownBy(() -> embedder(settings(EncodingFormat.BASE64, 1, 8)).embed(List.of("a")))
                .hasMessageContaining("not as encoding_format base64 asks");
    }

    @Test
    void withoutATokenizerTokenizeSaysWhatToConfigure() {
        assertThatThrownBy(() -> embedder(settings(EncodingFormat.FLOAT, 1, 8)).tokenize("a"))
                .isInstanceOf(InferenceException.class)
                .hasMessageContaining("set tokenizer_path");
    }

    private OpenAiEmbedder embedder(OpenAiSettings settings) {
        return OpenAiEmbedder.open(settings, waits::add, clock);
    }

    private OpenAiSettings settings(EncodingFormat format, int attempts, int batchSize) {
        return settings(format, attempts, batchSize, Duration.ofSeconds(10));
    }

    private OpenAiSettings settings(EncodingFormat format, int attempts, int batchSize, Duration timeout) {
        return new OpenAiSettings(
                "openai",
                server.baseUrl(),
                "fake-embed",
                DIMENSION,
                8191,
                batchSize,
                format,
                Optional.empty(),
                timeout,
                Duration.ofSeconds(5),
                new RetryPolicy(attempts, Duration.ofMillis(100), Duration.ofSeconds(10)),
                Optional.empty());
    }

    private static FakeEndpoint startServer() {
        try {
            return new FakeEndpoint();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
