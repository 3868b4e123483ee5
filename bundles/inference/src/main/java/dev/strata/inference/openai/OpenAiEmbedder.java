package dev.strata.inference.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.api.inference.Embeddings;
import dev.strata.api.inference.InferenceException;
import dev.strata.api.inference.ModelInfo;
import dev.strata.api.inference.TokenSpan;
import dev.strata.inference.tokenizer.ModelTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Embeds texts at an OpenAI-compatible endpoint (OpenAI, vLLM, Ollama): in requests of at most
 * {@link OpenAiSettings#batchSize()} texts, one after the other, each checked for one vector of
 * the configured dimension per text.
 *
 * <p>Thread-safe: concurrent calls send their own requests and share only the HTTP client and
 * the tokenizer, which both are.
 */
public final class OpenAiEmbedder implements AutoCloseable {

    private final OpenAiSettings settings;

    private final EmbeddingsEndpoint endpoint;

    private final ObjectMapper json;

    private final Optional<ModelTokenizer> tokenizer;

    private OpenAiEmbedder(OpenAiSettings settings, Sleeper sleeper, Clock clock, Optional<ModelTokenizer> tokenizer) {
        this.settings = settings;
        this.json = new ObjectMapper();
        this.endpoint = new EmbeddingsEndpoint(settings, json, sleeper, clock);
        this.tokenizer = tokenizer;
    }

    /**
     * Prepares the client, and loads the tokenizer when one is configured.
     *
     * @param sleeper waits between attempts
     * @param clock reads {@code Retry-After} dates
     * @throws IllegalStateException if the configured tokenizer cannot be loaded
     */
    public static OpenAiEmbedder open(OpenAiSettings settings, Sleeper sleeper, Clock clock) {
        return new OpenAiEmbedder(
                settings, sleeper, clock, settings.tokenizerPath().map(path -> {
                    try (InputStream in = Files.newInputStream(path)) {
                        return ModelTokenizer.load(settings.modelId(), in);
                    } catch (IOException e) {
                        throw new IllegalStateException(
                                "tokenizer_path of provider '" + settings.providerId() + "' is '" + path
                                        + "', which cannot be read: " + e + "; give the model's tokenizer.json");
                    }
                }));
    }

    /** The model this provider serves. */
    public ModelInfo model() {
        return new ModelInfo(
                settings.modelId(), settings.dimension(), settings.maxInputTokens(), settings.providerId());
    }

    /**
     * Embeds texts, one vector per text, in the order given.
     *
     * @param texts at least one, no {@code null} element
     * @throws IllegalArgumentException if a tokenizer is configured and a text has more tokens
     *     than the model reads
     * @throws InferenceException if the endpoint fails or answers with something unusable
     */
    public Embeddings embed(List<String> texts) {
        tokenizer.ifPresent(counter -> checkLengths(counter, texts));
        List<float[]> vectors = new ArrayList<>(texts.size());
        int tokens = 0;
        for (int from = 0; from < texts.size(); from += settings.batchSize()) {
            List<String> batch = texts.subList(from, Math.min(from + settings.batchSize(), texts.size()));
            JsonNode answer = endpoint.post(request(batch));
            vectors.addAll(Arrays.asList(vectors(answer, batch.size())));
            tokens += Math.max(0, answer.path("usage").path("prompt_tokens").asInt(0));
        }
        return new Embeddings(settings.modelId(), vectors, tokens);
    }

    /**
     * Returns where the text's tokens lie in it, by the configured tokenizer.
     *
     * @throws InferenceException if no tokenizer is configured
     */
    public List<TokenSpan> tokenize(String text) {
        return tokenizer
                .orElseThrow(() -> new InferenceException("provider '" + settings.providerId() + "' has no tokenizer"
                        + " for model '" + settings.modelId() + "'; set tokenizer_path to the model's tokenizer.json"))
                .spans(text);
    }

    @Override
    public void close() {
        tokenizer.ifPresent(ModelTokenizer::close);
    }

    private void checkLengths(ModelTokenizer counter, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            int tokens = counter.encode(texts.get(i)).ownTokens();
            if (tokens > settings.maxInputTokens()) {
                throw new IllegalArgumentException("text " + i + " has " + tokens + " tokens but model '"
                        + settings.modelId() + "' reads at most " + settings.maxInputTokens()
                        + "; split it into chunks (Inference.tokenize tells where its tokens lie)");
            }
        }
    }

    private byte[] request(List<String> batch) {
        ObjectNode body = json.createObjectNode();
        body.put("model", settings.modelId());
        ArrayNode input = body.putArray("input");
        batch.forEach(input::add);
        body.put("encoding_format", settings.encodingFormat().wireName());
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an embeddings request", e);
        }
    }

    /** The vectors of {@code {"data": [{"index": i, "embedding": ...}]}}, in the texts' order. */
    private float[][] vectors(JsonNode answer, int texts) {
        JsonNode data = answer.path("data");
        if (!data.isArray() || data.size() != texts) {
            throw unusable("sent " + (data.isArray() ? data.size() + " vectors" : "no data array") + " for " + texts
                    + " texts");
        }
        float[][] vectors = new float[texts][];
        for (int position = 0; position < texts; position++) {
            JsonNode item = data.get(position);
            int index = item.path("index").asInt(position);
            if (index < 0 || index >= texts || vectors[index] != null) {
                throw unusable("sent index " + index + " twice or out of range for " + texts + " texts");
            }
            vectors[index] = vector(item.path("embedding"), index);
        }
        return vectors;
    }

    private float[] vector(JsonNode embedding, int index) {
        float[] vector = settings.encodingFormat().decode(embedding);
        if (vector == null) {
            throw unusable("sent embedding " + index + " not as encoding_format "
                    + settings.encodingFormat().wireName() + " asks (a "
                    + embedding.getNodeType().toString().toLowerCase(Locale.ROOT) + ")");
        }
        if (vector.length != settings.dimension()) {
            throw unusable("sent a vector of " + vector.length + " dimensions for text " + index + "; dimension is "
                    + settings.dimension() + ", so set dimension to the model's");
        }
        return vector;
    }

    private InferenceException unusable(String what) {
        return new InferenceException("embeddings endpoint " + settings.endpoint() + " (model '" + settings.modelId()
                + "', provider '" + settings.providerId() + "') " + what);
    }
}
