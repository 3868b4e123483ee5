/** Embeddings from an OpenAI-compatible {@code /v1/embeddings} endpoint. Private to this bundle. */
package dev.strata.inference.openai;
