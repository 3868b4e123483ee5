/**
 * Cutting a file's text into chunks the embedding model can read whole: the sizes a {@link
 * dev.strata.api.vectorio.ChunkingStrategy} means for a model, overlapping windows of tokens,
 * and the stable id of each chunk. Private to this bundle.
 */
package dev.strata.vectorio.chunk;
