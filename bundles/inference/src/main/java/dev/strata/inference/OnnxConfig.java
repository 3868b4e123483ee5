package dev.strata.inference;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The configuration of one local embedding model: a factory configuration of PID {@value
 * OnnxInferenceComponent#PID}. Property names follow the DS mapping of the method names ({@code
 * batch_size} is {@code batch.size}); every property is also a service property.
 */
@ObjectClassDefinition(
        id = OnnxInferenceComponent.PID,
        name = "Strata local embeddings",
        description = "The quantized all-MiniLM-L6-v2 (384 dimensions) on ONNX Runtime, in this process.")
public @interface OnnxConfig {

    @AttributeDefinition(
            name = "Provider id",
            description = "The provider's id; consumers choose it with a target filter such as (provider.id=onnx).")
    String provider_id();

    @AttributeDefinition(name = "Provider type", description = "Always inline::onnx.")
    String provider_type() default OnnxInferenceComponent.PROVIDER_TYPE;

    @AttributeDefinition(name = "Model id", description = "The id under which the model is served.")
    String model_id() default "all-MiniLM-L6-v2";

    @AttributeDefinition(
            name = "Batch size",
            description = "The most texts the model reads in one run. Above 1 it runs about 1.5 times faster, but this"
                    + " quantized model scales its activations over the whole batch, so a text's vector then depends"
                    + " slightly on the texts beside it (cosine about 0.99 to its vector alone). 1 keeps every vector"
                    + " exact and reproducible.",
            min = "1")
    int batch_size() default 1;

    @AttributeDefinition(
            name = "Longest text",
            description = "The most tokens of one text; longer texts are refused. The model was trained on up to 256"
                    + " and can read up to 510.",
            min = "1",
            max = "510")
    int max_input_tokens() default 256;

    @AttributeDefinition(
            name = "Threads",
            description = "Threads one model run uses; 0 for ONNX Runtime's default of one per core.",
            min = "0")
    int threads() default 0;
}
