package dev.strata.benchmarks.inference;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.strata.api.inference.Inference;
import dev.strata.inference.OnnxConfig;
import dev.strata.inference.OnnxInferenceComponent;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;

/** The two ways to embed: the bare model, and Strata's service as DS activates it. */
final class Contenders {

    static final String MODEL = "all-MiniLM-L6-v2";

    private Contenders() {}

    /** langchain4j's model class, embedding on its own executor of one thread per core. */
    static Embedder bare() {
        AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        return texts -> model.embedAll(texts.stream().map(TextSegment::from).toList())
                .content()
                .size();
    }

    /** The inline::onnx component with its default settings, through the Inference API. */
    static Embedder service() {
        Inference inference = new OnnxInferenceComponent(defaults(Map.of("provider_id", "onnx")));
        return texts -> inference.embed(MODEL, texts).size();
    }

    /** The configuration DS would pass: each method answers its value, or its default. */
    private static OnnxConfig defaults(Map<String, Object> values) {
        return (OnnxConfig) Proxy.newProxyInstance(
                OnnxConfig.class.getClassLoader(),
                new Class<?>[] {OnnxConfig.class},
                (proxy, method, args) -> values.getOrDefault(method.getName(), method.getDefaultValue()));
    }

    /** Embeds texts and returns how many vectors it made. */
    @FunctionalInterface
    interface Embedder {
        int embed(List<String> texts);
    }
}
