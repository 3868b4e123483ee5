package dev.strata.inference;

import dev.strata.api.inference.Embeddings;
import dev.strata.api.inference.Inference;
import dev.strata.api.inference.ModelInfo;
import dev.strata.api.inference.TokenSpan;
import dev.strata.api.stack.ServesProviderType;
import dev.strata.inference.openai.Durations;
import dev.strata.inference.openai.EncodingFormat;
import dev.strata.inference.openai.OpenAiEmbedder;
import dev.strata.inference.openai.OpenAiSettings;
import dev.strata.inference.openai.RetryPolicy;
import dev.strata.inference.openai.Sleeper;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One remote embedding model per factory configuration of {@value #PID}, served by an
 * OpenAI-compatible endpoint. The configuration's properties, {@code provider.id} and {@code
 * provider.type} among them, become the service's properties (DS 112.6), except {@code .api.key}.
 *
 * <p>Activation fails, with a message naming the setting, on a bad configuration, an {@code
 * api_key_env} that names an unset variable, or a {@code tokenizer_path} that cannot be loaded.
 * An endpoint that is down does not stop the provider from starting: its calls fail until the
 * endpoint answers.
 */
@Component(
        service = Inference.class,
        configurationPid = OpenAiInferenceComponent.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
@Designate(ocd = OpenAiConfig.class, factory = true)
@ServesProviderType(
        type = OpenAiInferenceComponent.PROVIDER_TYPE,
        api = "inference",
        factoryPid = OpenAiInferenceComponent.PID)
public class OpenAiInferenceComponent implements Inference {

    /** The factory PID of remote embedding model configurations. */
    public static final String PID = "dev.strata.inference.openai";

    /** The provider type it serves. */
    public static final String PROVIDER_TYPE = "remote::openai";

    private static final Logger LOG = LoggerFactory.getLogger(OpenAiInferenceComponent.class);

    private final OpenAiEmbedder embedder;

    private final ModelInfo model;

    @Activate
    public OpenAiInferenceComponent(OpenAiConfig config) {
        this(settings(config, System::getenv), Sleeper.THREAD, Clock.systemUTC());
    }

    OpenAiInferenceComponent(OpenAiSettings settings, Sleeper sleeper, Clock clock) {
        this.embedder = OpenAiEmbedder.open(settings, sleeper, clock);
        this.model = embedder.model();
        LOG.info(
                "Inference provider '{}' serves model '{}' ({} dimensions) from {}",
                settings.providerId(),
                model.id(),
                model.dimension(),
                settings.endpoint());
    }

    static OpenAiSettings settings(OpenAiConfig config, UnaryOperator<String> environment) {
        String provider = config.provider_id();
        return new OpenAiSettings(
                provider,
                baseUrl(provider, config.base_url()),
                config.model_id(),
                config.dimension(),
                config.max_input_tokens(),
                config.batch_size(),
                EncodingFormat.of(config.encoding_format()),
                apiKey(provider, config._api_key(), config.api_key_env(), environment),
                Durations.parse("timeout", config.timeout()),
                Durations.parse("connect_timeout", config.connect_timeout()),
                new RetryPolicy(
                        config.retry_max_attempts(),
                        Durations.parse("retry_initial_backoff", config.retry_initial_backoff()),
                        Durations.parse("retry_max_backoff", config.retry_max_backoff())),
                blank(config.tokenizer_path()) ? Optional.empty() : Optional.of(Path.of(config.tokenizer_path())));
    }

    private static URI baseUrl(String provider, String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base_url of provider '" + provider + "' is '" + text
                    + "', which is no URL; give one such as https://api.openai.com/v1");
        }
    }

    /** The key from the configuration, or from the environment variable it names. */
    static Optional<String> apiKey(
            String provider, String configured, String variable, UnaryOperator<String> environment) {
        if (!blank(configured) && !blank(variable)) {
            throw new IllegalArgumentException("provider '" + provider + "' has both api_key and api_key_env ("
                    + variable + "); give one of them");
        }
        if (!blank(configured)) {
            return Optional.of(configured);
        }
        if (blank(variable)) {
            return Optional.empty();
        }
        String value = environment.apply(variable);
        if (blank(value)) {
            throw new IllegalArgumentException("api_key_env of provider '" + provider + "' names " + variable
                    + ", which is not set in Strata's environment; set it and restart, or give api_key");
        }
        return Optional.of(value);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    @Deactivate
    void deactivate() {
        embedder.close();
        LOG.info("Inference provider '{}' stopped", model.providerId());
    }

    @Override
    public Embeddings embed(String modelId, List<String> texts) {
        ModelCalls.checkEmbed(model, modelId, texts);
        return texts.isEmpty() ? new Embeddings(model.id(), List.of(), 0) : embedder.embed(texts);
    }

    @Override
    public List<ModelInfo> models() {
        return List.of(model);
    }

    @Override
    public List<TokenSpan> tokenize(String modelId, String text) {
        ModelCalls.checkTokenize(model, modelId, text);
        return text.isEmpty() ? List.of() : embedder.tokenize(text);
    }
}
