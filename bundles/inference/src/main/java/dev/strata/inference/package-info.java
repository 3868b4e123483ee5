/**
 * The inference components: one {@link dev.strata.api.inference.Inference} service per factory
 * configuration, for a local ONNX model or an OpenAI-compatible endpoint. Private to this bundle;
 * other bundles use the API package.
 */
package dev.strata.inference;
