package dev.strata.inference;

import dev.strata.api.inference.Embeddings;
import dev.strata.api.inference.Inference;
import dev.strata.api.inference.ModelInfo;
import dev.strata.api.inference.TokenSpan;
import dev.strata.api.stack.ServesProviderType;
import dev.strata.api.stack.SettingException;
import dev.strata.inference.openai.Durations;
import dev.strata.inference.openai.EncodingFormat;
import dev.strata.inference.openai.OpenAiEmbedder;
import dev.strata.inference.openai.OpenAiSettings;
import dev.strata.inference.openai.RetryPolicy;
import dev.strata.inference.openai.Sleeper;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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

    /**
     * Reads the configuration: at activation, and for {@link OpenAiSettingsCheck} before the stack
     * applies a run config, so that both refuse the same values.
     *
     * @throws SettingException naming the first setting refused, its value and what to write
     * @throws IllegalArgumentException when settings are refused together
     */
    static OpenAiSettings settings(OpenAiConfig config, UnaryOperator<String> environment) {
        String provider = config.provider_id();
        return new OpenAiSettings(
                provider,
                baseUrl(config.base_url()),
                config.model_id(),
                config.dimension(),
                config.max_input_tokens(),
                config.batch_size(),
                EncodingFormat.of(config.encoding_format()),
                apiKey(provider, config._api_key(), config.api_key_env(), environment),
                positive("timeout", config.timeout()),
                positive("connect.timeout", config.connect_timeout()),
                retry(config),
                tokenizerPath(config.tokenizer_path()));
    }

    private static RetryPolicy retry(OpenAiConfig config) {
        Duration initial = Durations.parse("retry.initial.backoff", config.retry_initial_backoff());
        Duration longest = Durations.parse("retry.max.backoff", config.retry_max_backoff());
        if (longest.compareTo(initial) < 0) {
            throw new SettingException(
                    "retry.max.backoff",
                    "is '" + config.retry_max_backoff() + "', shorter than the initial backoff '"
                            + config.retry_initial_backoff() + "'; give at least the initial backoff");
        }
        return new RetryPolicy(config.retry_max_attempts(), initial, longest);
    }

    private static Duration positive(String property, String value) {
        Duration duration = Durations.parse(property, value);
        if (duration.isNegative() || duration.isZero()) {
            throw new SettingException(property, "is '" + value + "'; give a duration longer than 0, such as 30s");
        }
        return duration;
    }

    private static URI baseUrl(String text) {
        URI url;
        try {
            url = new URI(text);
        } catch (URISyntaxException e) {
            throw new SettingException(
                    "base.url", "is '" + text + "', which is no URL; give one such as https://api.openai.com/v1");
        }
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
            throw new SettingException(
                    "base.url",
                    "is '" + text + "'; give an http or https URL such as https://api.openai.com/v1 or"
                            + " http://127.0.0.1:11434/v1");
        }
        return url;
    }

    /** The tokenizer file, if one is configured; it is loaded later, but must be a file now. */
    private static Optional<Path> tokenizerPath(String text) {
        if (blank(text)) {
            return Optional.empty();
        }
        Path path;
        try {
            path = Path.of(text);
        } catch (InvalidPathException e) {
            throw new SettingException(
                    "tokenizer.path", "is '" + text + "', which is no path; give the model's" + " tokenizer.json");
        }
        if (!Files.isRegularFile(path)) {
            throw new SettingException(
                    "tokenizer.path",
                    "is '" + text + "', which is no file; give the path of"
                            + " the model's tokenizer.json, or leave it out");
        }
        return Optional.of(path);
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
            throw new SettingException(
                    "api.key.env",
                    "names " + variable + ", which is not set in Strata's environment; set it and restart, or give"
                            + " api_key");
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
