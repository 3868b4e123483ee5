package dev.strata.inference;

import dev.strata.api.inference.Embeddings;
import dev.strata.api.inference.Inference;
import dev.strata.api.inference.ModelInfo;
import dev.strata.api.inference.TokenSpan;
import dev.strata.api.inference.TokenWindow;
import dev.strata.api.inference.TokenizedText;
import dev.strata.api.stack.ServesProviderType;
import dev.strata.inference.onnx.OnnxEmbedder;
import dev.strata.inference.onnx.OnnxSettings;
import dev.strata.inference.tokenizer.WordTokens;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One local embedding model per factory configuration of {@value #PID}: the quantized
 * all-MiniLM-L6-v2 on ONNX Runtime, in this process. The configuration's properties, {@code
 * provider.id} and {@code provider.type} among them, become the service's properties (DS 112.6).
 *
 * <p>Activation fails, with a message that says what to do, unless DJL is set to run offline
 * ({@code -Dai.djl.offline=true} and {@code OPT_OUT_TRACKING=true}), and when the native libraries
 * or the model cannot be loaded. Loading takes about a second; the model then holds about 130 MB
 * of resident memory.
 */
@Component(
        service = Inference.class,
        configurationPid = OnnxInferenceComponent.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
@Designate(ocd = OnnxConfig.class, factory = true)
@ServesProviderType(
        type = OnnxInferenceComponent.PROVIDER_TYPE,
        api = "inference",
        factoryPid = OnnxInferenceComponent.PID)
public class OnnxInferenceComponent implements Inference {

    /** The factory PID of local embedding model configurations. */
    public static final String PID = "dev.strata.inference.onnx";

    /** The provider type it serves. */
    public static final String PROVIDER_TYPE = "inline::onnx";

    private static final Logger LOG = LoggerFactory.getLogger(OnnxInferenceComponent.class);

    private final OnnxEmbedder embedder;

    private final ModelInfo model;

    @Activate
    public OnnxInferenceComponent(OnnxConfig config) {
        this(settings(config));
    }

    /**
     * Reads the configuration: at activation, and for {@link OnnxSettingsCheck} before the stack
     * applies a run config, so that both refuse the same values.
     *
     * @throws IllegalArgumentException naming the setting refused, its value and what it takes
     */
    static OnnxSettings settings(OnnxConfig config) {
        return new OnnxSettings(
                config.provider_id(),
                config.model_id(),
                config.batch_size(),
                config.max_input_tokens(),
                config.threads());
    }

    OnnxInferenceComponent(OnnxSettings settings) {
        this.embedder = OnnxEmbedder.open(settings);
        this.model = embedder.model();
        LOG.info(
                "Inference provider '{}' serves model '{}' ({} dimensions) on ONNX Runtime",
                settings.providerId(),
                model.id(),
                model.dimension());
    }

    @Deactivate
    void deactivate() throws Exception {
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

    /** Keeps the text's token ids, so that its windows are counted and embedded from them. */
    @Override
    public TokenizedText tokenizeText(String modelId, String text) {
        ModelCalls.checkTokenize(model, modelId, text);
        Optional<WordTokens> words = embedder.tokenizeText(text);
        return words.isPresent() ? words.get() : Inference.super.tokenizeText(modelId, text);
    }

    @Override
    public Embeddings embedWindows(TokenizedText text, List<TokenWindow> windows) {
        ModelCalls.checkWindows(model, text, windows);
        if (windows.isEmpty()) {
            return new Embeddings(model.id(), List.of(), 0);
        }
        return embedder.reads(text)
                ? embedder.embedWindows((WordTokens) text, windows)
                : Inference.super.embedWindows(text, windows);
    }
}
