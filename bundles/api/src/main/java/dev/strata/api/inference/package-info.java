/**
 * Inference: text embeddings, the models that make them, and their tokenizers.
 *
 * <p>An {@link dev.strata.api.inference.Inference} provider serves one or more models, local
 * (ONNX) or remote (an OpenAI-compatible endpoint). Since 1.1 a text can be tokenized once and
 * windows of its tokens counted and embedded ({@link dev.strata.api.inference.TokenizedText}).
 */
@Export
@Version("1.1.0")
package dev.strata.api.inference;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
