/**
 * Inference: text embeddings, the models that make them, and their tokenizers.
 *
 * <p>An {@link dev.strata.api.inference.Inference} provider serves one or more models, local
 * (ONNX) or remote (an OpenAI-compatible endpoint).
 */
@Export
@Version("1.0.0")
package dev.strata.api.inference;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
