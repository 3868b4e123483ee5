package dev.strata.inference;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * The configuration of one remote embedding model: a factory configuration of PID {@value
 * OpenAiInferenceComponent#PID}. Property names follow the DS mapping of the method names ({@code
 * base_url} is {@code base.url}, {@code _api_key} is {@code .api.key}, which DS keeps off the
 * service properties). Every property but the API key is also a service property.
 */
@ObjectClassDefinition(
        id = OpenAiInferenceComponent.PID,
        name = "Strata remote embeddings",
        description = "Embeddings from an OpenAI-compatible /v1/embeddings endpoint: OpenAI, vLLM, Ollama.")
public @interface OpenAiConfig {

    @AttributeDefinition(
            name = "Provider id",
            description = "The provider's id; consumers choose it with a target filter such as (provider.id=openai).")
    String provider_id();

    @AttributeDefinition(name = "Provider type", description = "Always remote::openai.")
    String provider_type() default OpenAiInferenceComponent.PROVIDER_TYPE;

    @AttributeDefinition(
            name = "Base URL",
            description = "The API's base; requests go to its /embeddings. For example http://127.0.0.1:11434/v1"
                    + " (Ollama) or http://127.0.0.1:8000/v1 (vLLM).")
    String base_url() default "https://api.openai.com/v1";

    @AttributeDefinition(name = "Model id", description = "The model, as the endpoint names it.")
    String model_id();

    @AttributeDefinition(
            name = "Dimension",
            description = "The length of the model's vectors, such as 1536 for text-embedding-3-small.",
            min = "1")
    int dimension();

    @AttributeDefinition(name = "Longest text", description = "The most tokens of one text the model reads.", min = "1")
    int max_input_tokens() default 8191;

    @AttributeDefinition(name = "Batch size", description = "The most texts per request.", min = "1")
    int batch_size() default 64;

    @AttributeDefinition(
            name = "Encoding format",
            description = "How vectors come: base64 is a third smaller on the wire; some servers know only float.",
            options = {@Option(label = "JSON numbers", value = "float"), @Option(label = "Base64", value = "base64")})
    String encoding_format() default "float";

    @AttributeDefinition(
            name = "API key",
            description = "The bearer token; leave empty for an endpoint that takes none, or use api_key_env.",
            type = AttributeType.PASSWORD,
            required = false)
    String _api_key() default "";

    @AttributeDefinition(
            name = "API key variable",
            description = "The environment variable that holds the API key, such as OPENAI_API_KEY.",
            required = false)
    String api_key_env() default "";

    @AttributeDefinition(name = "Timeout", description = "How long one request may take, such as 60s.")
    String timeout() default "60s";

    @AttributeDefinition(name = "Connect timeout", description = "How long connecting may take, such as 10s.")
    String connect_timeout() default "10s";

    @AttributeDefinition(
            name = "Attempts",
            description = "How many times a request is sent at most; timeouts, 408, 409, 429 and 5xx are retried.",
            min = "1")
    int retry_max_attempts() default 4;

    @AttributeDefinition(name = "Initial backoff", description = "The wait after the first failure, such as 500ms.")
    String retry_initial_backoff() default "500ms";

    @AttributeDefinition(
            name = "Longest backoff",
            description = "The cap on waits, doubling from the initial one; a longer Retry-After fails the call.")
    String retry_max_backoff() default "30s";

    @AttributeDefinition(
            name = "Tokenizer",
            description = "The model's tokenizer.json, if at hand: then texts are counted before they are sent, and"
                    + " tokenize works.",
            required = false)
    String tokenizer_path() default "";
}
