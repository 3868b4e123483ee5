package dev.strata.inference.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.api.inference.InferenceException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Sends one embeddings request (OpenAI API: {@code POST /v1/embeddings}) and returns the parsed
 * answer, trying again after the transient failures {@link RetryPolicy} names. Thread-safe: the
 * JDK's {@link HttpClient} is, and nothing else here changes.
 */
final class EmbeddingsEndpoint {

    private static final int MESSAGE_LIMIT = 300;

    private final OpenAiSettings settings;

    private final HttpClient client;

    private final ObjectMapper json;

    private final Sleeper sleeper;

    private final Clock clock;

    EmbeddingsEndpoint(OpenAiSettings settings, ObjectMapper json, Sleeper sleeper, Clock clock) {
        this.settings = settings;
        // HTTP/1.1: vLLM and Ollama speak no HTTP/2, and the JDK's h2c upgrade over plain http
        // trips some servers; https endpoints lose little
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .build();
        this.json = json;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /**
     * @param body the request's JSON
     * @return the response's JSON
     * @throws InferenceException when the endpoint refuses the request, answers with no JSON, or
     *     fails every attempt; the message names the endpoint, the model and the last failure
     */
    JsonNode post(byte[] body) {
        HttpRequest request = request(body);
        for (int attempt = 1; ; attempt++) {
            Attempt outcome = send(request);
            if (outcome.answer != null) {
                return outcome.answer;
            }
            if (!outcome.retryable) {
                throw failed(outcome.reason);
            }
            if (attempt == settings.retry().maxAttempts()) {
                throw failed("failed " + attempt + (attempt == 1 ? " time" : " times") + ", lastly: " + outcome.reason);
            }
            waitBeforeAttempt(attempt, outcome);
        }
    }

    private HttpRequest request(byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(settings.endpoint())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        settings.apiKey().ifPresent(key -> builder.header("Authorization", "Bearer " + key));
        return builder.build();
    }

    private Attempt send(HttpRequest request) {
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return Attempt.retry("no answer within " + settings.timeout().toMillis() + " ms (timeout)", null);
        } catch (ConnectException e) {
            return Attempt.retry("cannot connect: " + e, null);
        } catch (IOException e) {
            return Attempt.retry("the connection failed: " + e, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("interrupted while waiting for the answer");
        }
        return answer(response);
    }

    private Attempt answer(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status == 200) {
            try {
                return Attempt.answered(json.readTree(response.body()));
            } catch (IOException e) {
                return Attempt.refused("HTTP 200 but the body is no JSON: " + excerpt(response.body()));
            }
        }
        String reason = "HTTP " + status + ": " + message(response.body()) + hint(status);
        return RetryPolicy.retryable(status)
                ? Attempt.retry(reason, RetryAfter.of(response.headers(), clock).orElse(null))
                : Attempt.refused(reason);
    }

    private void waitBeforeAttempt(int failures, Attempt failure) {
        Duration wait = failure.retryAfter != null
                ? failure.retryAfter
                : settings.retry().backoff(failures);
        if (wait.compareTo(settings.retry().maxBackoff()) > 0) {
            throw failed(failure.reason + "; the server asks to retry after " + wait.toMillis()
                    + " ms, longer than retry_max_backoff ("
                    + settings.retry().maxBackoff().toMillis() + " ms)");
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("interrupted while waiting to retry after: " + failure.reason);
        }
    }

    /** The error message OpenAI-compatible servers put in {@code {"error": {"message": ...}}}. */
    private String message(byte[] body) {
        try {
            JsonNode error = json.readTree(body).path("error");
            JsonNode message = error.isTextual() ? error : error.path("message");
            if (message.isTextual()) {
                return limit(message.asText());
            }
        } catch (IOException e) {
            // not JSON: quoted as it is below
        }
        return excerpt(body);
    }

    private static String hint(int status) {
        return switch (status) {
            case 401, 403 -> " (check api_key or api_key_env)";
            case 404 -> " (check base_url and model_id)";
            default -> "";
        };
    }

    private InferenceException failed(String reason) {
        return new InferenceException("embeddings endpoint " + settings.endpoint() + " (model '" + settings.modelId()
                + "', provider '" + settings.providerId() + "') " + reason);
    }

    private static String excerpt(byte[] body) {
        return body.length == 0 ? "empty body" : "'" + limit(new String(body, StandardCharsets.UTF_8)) + "'";
    }

    private static String limit(String text) {
        return text.length() <= MESSAGE_LIMIT ? text : text.substring(0, MESSAGE_LIMIT) + "...";
    }

    /** The outcome of one attempt: an answer, or why there is none and whether to try again. */
    private record Attempt(JsonNode answer, String reason, boolean retryable, Duration retryAfter) {

        static Attempt answered(JsonNode answer) {
            return new Attempt(answer, null, false, null);
        }

        static Attempt retry(String reason, Duration retryAfter) {
            return new Attempt(null, reason, true, retryAfter);
        }

        static Attempt refused(String reason) {
            return new Attempt(null, reason, false, null);
        }
    }
}
